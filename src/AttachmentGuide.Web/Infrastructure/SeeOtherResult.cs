using Microsoft.AspNetCore.Mvc;

namespace AttachmentGuide.Web.Infrastructure;

/// <summary>303 See Other: after a POST the browser must GET the next page, so a reload never re-sends the form.</summary>
public sealed class SeeOtherResult(string url) : IActionResult
{
    public string Url { get; } = url;

    public Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = Url;
        return Task.CompletedTask;
    }
}
