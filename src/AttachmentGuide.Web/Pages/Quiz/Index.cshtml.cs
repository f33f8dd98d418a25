using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Infrastructure;
using AttachmentGuide.Web.Quiz;
using AttachmentGuide.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Quiz;

[EnableRateLimiting(RateLimiting.QuizPolicy)]
[RequestSizeLimit(FormLimits.MaxBodyBytes)]
[RequestFormLimits(ValueCountLimit = FormLimits.MaxFields, KeyLengthLimit = FormLimits.MaxKeyLength, ValueLengthLimit = FormLimits.MaxValueLength, MultipartBodyLengthLimit = FormLimits.MaxBodyBytes)]
public sealed class IndexModel(QuizCatalog catalog, ResultStore store) : PageModel
{
    public QuizDefinition? Quiz { get; private set; }

    /// <summary>The answers to show checked: none on a fresh form, the valid ones after a failed submission.</summary>
    public IReadOnlyList<int?> Answers { get; private set; } = [];

    public bool Save { get; private set; }

    public IReadOnlyList<SubmissionError> Errors { get; private set; } = [];

    /// <summary>The TempData key that carries a new result's delete token to its first view.</summary>
    public const string DeleteTokenKey = "DeleteToken";

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return Unavailable();
        }

        Answers = new int?[Quiz!.Statements.Count];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Load())
        {
            return Unavailable();
        }

        var quiz = Quiz!;
        var submission = QuizSubmission.Parse(quiz, Request.Form);
        if (!submission.IsValid)
        {
            Answers = submission.Answers;
            Save = submission.Save;
            Errors = submission.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var answers = submission.CompleteAnswers();
        var score = Scorer.Score(quiz, answers);
        var resultUrl = $"/quiz/result?v={quiz.Version}&a={AnswerCodec.Encode(answers)}";
        if (!submission.Save)
        {
            return new SeeOtherResult(resultUrl);
        }

        var receipt = await store.SaveAsync(quiz, answers, score);
        if (receipt is null)
        {
            return new SeeOtherResult($"{resultUrl}&notice=not-saved");
        }

        // The delete token travels to the next page in the encrypted TempData cookie, so the shareable URL carries no secret.
        TempData[DeleteTokenKey] = receipt.DeleteToken;
        return new SeeOtherResult($"/quiz/result/{receipt.Id}");
    }

    private bool Load()
    {
        Quiz = catalog.Current.Quiz;
        return Quiz is not null;
    }

    private PageResult Unavailable()
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }
}
