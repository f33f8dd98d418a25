using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Binds and validates <see cref="ContentOptions"/> and shares one watcher over the content folder.</summary>
    public static IServiceCollection AddContentFolder(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .PostConfigure<IHostEnvironment>((options, env) => options.Path = ResolveContentPath(options.Path, env.ContentRootPath))
            .ValidateDataAnnotations()
            .Validate(
                options => options.Path is null || Directory.Exists(options.Path),
                "The content folder set by Content:Path does not exist. Point Content:Path (environment Content__Path) at the folder that holds guide/ and quiz/.")
            .ValidateOnStart();

        // One PhysicalFileProvider for the app: its FileSystemWatcher is what makes edits show up without a restart.
        services.AddSingleton<IContentFiles>(sp =>
            new ContentFiles(new PhysicalFileProvider(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Path!)));
        return services;
    }

    /// <summary>
    /// An explicit setting wins; otherwise look upwards from the app for the repository's content/ folder,
    /// so that <c>dotnet run --project src/AttachmentGuide.Web</c> works with no setup.
    /// </summary>
    internal static string? ResolveContentPath(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "content");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "guide")))
            {
                return candidate;
            }
        }

        return null;
    }
}
