using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Quiz;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Health;

/// <summary>The site is only worth serving when its content folder is there, the guide has chapters and a quiz is loaded.</summary>
internal sealed class ContentHealthCheck(IOptions<ContentOptions> options, GuideLibrary guide, QuizCatalog quiz) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Descriptions stay generic: the response is public and must not reveal paths.
        var result = !Directory.Exists(options.Value.Path) ? HealthCheckResult.Unhealthy("content folder missing")
            : guide.Current.Published.Count == 0 ? HealthCheckResult.Unhealthy("no chapters")
            : quiz.Current.Quiz is null ? HealthCheckResult.Unhealthy("no quiz")
            : HealthCheckResult.Healthy();
        return Task.FromResult(result);
    }
}
