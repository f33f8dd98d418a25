namespace AttachmentGuide.Web.Seo;

public static class SeoServiceCollectionExtensions
{
    /// <summary>Binds and validates <see cref="SiteOptions"/> at start-up, so a bad address fails fast, not in a sitemap.</summary>
    public static IServiceCollection AddSeo(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                options => string.IsNullOrEmpty(options.BaseUrl) || SiteOptions.IsValidBaseUrl(options.BaseUrl),
                "Site:BaseUrl must be an absolute http or https address without ? or #, such as https://example.org.")
            .ValidateOnStart();
        return services;
    }
}
