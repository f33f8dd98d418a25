using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Quiz;
using AttachmentGuide.Web.Stats;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Quiz;

/// <summary>A saved result by its id. The plain link carries no secret; the delete link is shown on the first view only.</summary>
public sealed class SavedModel(QuizCatalog catalog, GuideLibrary guide, ResultStore store, CrowdStatistics crowd) : PageModel
{
    public ResultView? Result { get; private set; }

    public string Id { get; private set; } = "";

    public string? DeleteToken { get; private set; }

    /// <summary>The result was saved with a version of the quiz that has since changed.</summary>
    public bool FromEarlierVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        // FindAsync refuses malformed ids itself, without a query.
        if (await store.FindAsync(id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        var quiz = catalog.Current.Quiz;
        var placement = Placement.FromKey(saved.Pattern);
        if (quiz is null || placement is null)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        Id = saved.Id;
        FromEarlierVersion = saved.QuizVersion != quiz.Version;
        // Compared with those who took the same version: scores from different statements do not line up.
        Result = ResultView.Create(quiz, guide.Current, (decimal)saved.AnxietyScore, (decimal)saved.AvoidanceScore, placement) with
        {
            Crowd = await crowd.CompareAsync(saved.QuizVersion, quiz, saved.AnxietyScore, saved.AvoidanceScore, cancellationToken),
        };
        DeleteToken = TempData[IndexModel.DeleteTokenKey] as string;
        return Page();
    }
}
