using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Security;

/// <summary>
/// Per-address limits on the two form posts that do work (quiz submission, delete). Partitions live in memory
/// only: the address is a dictionary key for at most a minute and is never stored or logged.
/// </summary>
public static class RateLimiting
{
    public const string QuizPolicy = "quiz-posts";
    public const string DeletePolicy = "delete-posts";

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(QuizPolicy, context => PostsPerMinute(context, o => o.QuizPostsPerMinute));
            options.AddPolicy(DeletePolicy, context => PostsPerMinute(context, o => o.DeletePostsPerMinute));
            options.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // The body is left empty on purpose: the status code pages re-run /error/429, the friendly page.
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PostsPerMinute(HttpContext context, Func<RateLimitOptions, int> limit)
    {
        // A page has one endpoint for all its handlers; reading the page (GET) is never limited.
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var permits = limit(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        // The in-memory test server has no remote address; all such requests share one partition.
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "no-address";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
