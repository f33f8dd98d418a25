using System.Globalization;
using System.IO.Compression;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;

namespace AttachmentGuide.Web.Infrastructure;

/// <summary>
/// Pages built only from content (home, chapters) are cached whole. Entries are keyed by the guide snapshot's
/// version, so an edit is visible on the very next request, and evicted by tag when any content file changes
/// so old versions do not linger in memory. Pages with a form token or a taker's result are never cached.
/// </summary>
public static class PageCaching
{
    public const string ContentPolicy = "content";
    public const string ContentTag = "content";

    public static IServiceCollection AddPageCachingAndCompression(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            // /guide/Attachment-Patterns is a 404, not the cached /guide/attachment-patterns.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(ContentPolicy, policy => policy
                .Expire(TimeSpan.FromHours(1))
                .Tag(ContentTag)
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "guide", context.RequestServices.GetRequiredService<GuideLibrary>().Current.Version.ToString(CultureInfo.InvariantCulture))));
        });
        services.AddHostedService<ContentCacheEviction>();

        services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: no compressed page mixes a secret with text an attacker controls (see docs/architecture.md).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "application/xml"]);
        });
        // Pages are compressed per request; the fastest levels keep that cheap (static files come precompressed).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Drops cached content pages the moment any file under the content folder changes.</summary>
    private sealed class ContentCacheEviction(IContentFiles files, IOutputCacheStore store, ILogger<ContentCacheEviction> logger) : IHostedService, IDisposable
    {
        private IDisposable? _subscription;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _subscription = ChangeToken.OnChange(() => files.Watch("**/*"), () => _ = EvictAsync());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose() => _subscription?.Dispose();

        private async Task EvictAsync()
        {
            try
            {
                await store.EvictByTagAsync(ContentTag, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Stale entries are unreachable anyway (keyed by snapshot version); this only frees memory.
                logger.LogWarning(ex, "Could not evict cached content pages");
            }
        }
    }
}
