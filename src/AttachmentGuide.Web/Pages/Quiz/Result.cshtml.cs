using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Quiz;
using AttachmentGuide.Web.Stats;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Quiz;

/// <summary>An unsaved result: computed from the URL alone, nothing stored, safe to bookmark.</summary>
public sealed class ResultModel(QuizCatalog catalog, GuideLibrary guide, CrowdStatistics crowd) : PageModel
{
    public ResultView? Result { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Saving was asked for but the database could not be written.</summary>
    public bool SaveFailed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? v, string? a, string? notice, CancellationToken cancellationToken)
    {
        var quiz = catalog.Current.Quiz;
        if (quiz is null)
        {
            return Refuse("The quiz is being updated, so this result cannot be shown right now. Please try again in a few minutes.", StatusCodes.Status503ServiceUnavailable);
        }

        if (v != quiz.Version)
        {
            return Refuse("This link was made with an earlier version of the quiz, or it has been changed, so we cannot work out the result from it. You are welcome to take the quiz again.");
        }

        if (!AnswerCodec.TryDecode(a, quiz.Statements.Count, out var answers))
        {
            return Refuse("This link does not contain a complete set of answers, so we cannot show a result from it. It may have been cut short when it was copied.");
        }

        var score = Scorer.Score(quiz, answers);
        // The same double conversion as a saved row's, so a taker whose result was saved ties with it exactly.
        Result = ResultView.Create(quiz, guide.Current, score.Anxiety, score.Avoidance, score.Placement) with
        {
            Crowd = await crowd.CompareAsync(quiz.Version, quiz, (double)score.Anxiety, (double)score.Avoidance, cancellationToken),
        };
        SaveFailed = notice == "not-saved";
        return Page();
    }

    private PageResult Refuse(string problem, int status = StatusCodes.Status400BadRequest)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
