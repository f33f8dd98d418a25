using AttachmentGuide.Web.Quiz;
using AttachmentGuide.Web.Stats;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Quiz;

/// <summary>Public statistics of the current quiz version's saved results; every small-group rule lives in <see cref="StatsView"/>.</summary>
public sealed class StatsModel(QuizCatalog catalog, CrowdStatistics crowd) : PageModel
{
    public StatsView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var quiz = catalog.Current.Quiz;
        if (quiz is null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        View = new StatsView(quiz, await crowd.ForVersionAsync(quiz.Version, quiz, cancellationToken));
        return Page();
    }
}
