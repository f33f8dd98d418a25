namespace AttachmentGuide.Web.Security;

/// <summary>
/// The site's forms are small (the quiz is about 20 fields of a few characters), so anything much larger is
/// refused before it is read: 413 for too many bytes, 400 for too many or too long fields, never a 500.
/// </summary>
public static class FormLimits
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxFields = 64;
    public const int MaxKeyLength = 256;
    public const int MaxValueLength = 1024;

    /// <summary>
    /// Turns the form reader's refusals into client errors with the friendly page. Sits inside the status code
    /// pages, so the empty 400/413 is re-run through /error/{code}.
    /// </summary>
    public static IApplicationBuilder UseFormLimitErrors(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (!context.Response.HasStarted && StatusFor(ex) is { } status)
            {
                context.Response.Clear();
                context.Response.StatusCode = status;
            }
        });

    private static int? StatusFor(Exception ex) => ex switch
    {
        // Kestrel's body size limit (and a malformed body) arrive as BadHttpRequestException with their own status.
        BadHttpRequestException bad => bad.StatusCode,
        // FormReader: "Form value count limit exceeded", "Form key length limit exceeded", and the like.
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
