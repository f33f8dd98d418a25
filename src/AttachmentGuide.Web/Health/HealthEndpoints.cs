using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttachmentGuide.Web.Health;

/// <summary><c>/health</c>: 200 when content and database are usable, 503 naming the failing checks.</summary>
public static class HealthEndpoints
{
    public const string Path = "/health";

    public static IServiceCollection AddSiteHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content")
            .AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointConventionBuilder MapSiteHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });

    /// <summary>Check names and states only: no exception messages, paths or connection strings leave the server.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            ["failing"] = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).ToList(),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
