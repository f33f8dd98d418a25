namespace AttachmentGuide.Web.Stats;

public static class StatsServiceCollectionExtensions
{
    public static IServiceCollection AddCrowdStatistics(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<CrowdStatistics>();
        return services;
    }
}
