using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Infrastructure;
using AttachmentGuide.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Quiz;

/// <summary>Deleting a saved result: a confirmation page, then a POST that must carry the private token.</summary>
[EnableRateLimiting(RateLimiting.DeletePolicy)]
[RequestSizeLimit(FormLimits.MaxBodyBytes)]
[RequestFormLimits(ValueCountLimit = FormLimits.MaxFields, KeyLengthLimit = FormLimits.MaxKeyLength, ValueLengthLimit = FormLimits.MaxValueLength, MultipartBodyLengthLimit = FormLimits.MaxBodyBytes)]
public sealed class DeleteModel(ResultStore store) : PageModel
{
    public string Id { get; private set; } = "";

    public string? Token { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? token, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Id = id;
        Token = ResultStore.IsWellFormedToken(token) ? token : null;
        if (Token is null)
        {
            Problem = "This delete link is missing its private part, so it cannot delete anything. Use the full link you were given when you saved your answers.";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, [FromForm] string? token, CancellationToken cancellationToken)
    {
        switch (await store.DeleteAsync(id, token, cancellationToken))
        {
            case DeleteOutcome.Deleted:
                return new SeeOtherResult("/quiz/deleted");
            case DeleteOutcome.NotFound:
                return NotFound();
            default:
                Id = id;
                Problem = "That delete link is not right, so nothing was deleted. Use the full private link you were given when you saved your answers.";
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }
    }
}
