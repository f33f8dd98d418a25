namespace AttachmentGuide.Web.Security;

/// <summary>The browser-side defences sent with every response: pages, static files, error pages and /health.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only our own files may load. No inline script or style exists in the pages, so none is allowed, and
    /// Markdown that slipped past the renderer still could not run.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    /// <summary>Adds the headers as the response starts, so error pages written after a Response.Clear() carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // Result addresses carry answers, so no page ever tells another site where the visitor came from.
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            }, context.Response);
            return next();
        });

    /// <summary>HTTPS only outside Development: HSTS tells browsers to never use plain HTTP, the redirect moves them there.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
