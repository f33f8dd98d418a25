using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Guide;

public static class GuideServiceCollectionExtensions
{
    public static IServiceCollection AddGuide(this IServiceCollection services)
    {
        services.AddContentFolder();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GuideMarkdown>();
        services.AddSingleton<GuideLibrary>();
        return services;
    }
}
