namespace AttachmentGuide.Web.Quiz;

public static class QuizServiceCollectionExtensions
{
    public static IServiceCollection AddQuiz(this IServiceCollection services)
    {
        services.AddSingleton<QuizCatalog>();
        return services;
    }
}
