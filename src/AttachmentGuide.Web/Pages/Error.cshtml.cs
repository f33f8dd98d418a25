using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages;

/// <summary>The friendly page behind every error status (re-executed by the status code pages middleware).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet() => Describe();

    // Failed POSTs (a bad antiforgery token, say) are re-executed as POSTs and land here too.
    public void OnPost() => Describe();

    private void Describe()
    {
        // Not model-bound on purpose: after a refused (oversized) form, binding fails for every parameter and the code would be lost.
        var code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (int.TryParse(Convert.ToString(RouteData.Values["code"], CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var routeCode) ? routeCode : null);
        var status = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        (Heading, Message) = status switch
        {
            StatusCodes.Status404NotFound => ("Page not found",
                "We could not find that page. It may have moved, or the address may have a typo."),
            StatusCodes.Status400BadRequest => ("Something in that request did not look right",
                "The form may have expired or been changed. Please go back, reload the page and try again."),
            StatusCodes.Status413PayloadTooLarge => ("That was more than we expected",
                "The form sent more data than it should. Please reload the page and try again."),
            StatusCodes.Status429TooManyRequests => ("Please wait a moment",
                "There have been many requests from your connection in a short time. Please wait a minute and try again."),
            >= 500 => ("Sorry, something went wrong on our side",
                "Nothing you did caused this. Please try again in a little while."),
            _ => ("That did not work", "Please go back and try again."),
        };
    }
}
