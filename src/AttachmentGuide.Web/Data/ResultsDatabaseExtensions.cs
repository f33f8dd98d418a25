using AttachmentGuide.Web.Data.CompiledModel;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Data;

public static class ResultsDatabaseExtensions
{
    /// <summary>Shared by every node, so a key made by one is used by all (the default is the content root path).</summary>
    public const string DataProtectionApplicationName = "AttachmentGuide";

    /// <summary>
    /// SQLite by default (setting <c>ConnectionStrings:Results</c>); when unset, a file under App_Data next to the app,
    /// created on first run, so <c>dotnet run</c> needs no setup. <c>Database:Provider=Postgres</c> uses a server instead.
    /// </summary>
    public static IServiceCollection AddResultsDatabase(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString = configuration.GetConnectionString("Results"))
            .Validate(
                options => DatabaseOptions.TryParse(options.Provider, out _),
                "Database:Provider must be Sqlite (the default) or Postgres.")
            .Validate(
                options => !DatabaseOptions.TryParse(options.Provider, out var kind) || kind != DatabaseProvider.Postgres
                    || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Database:Provider is Postgres but ConnectionStrings:Results is not set. Set it (environment ConnectionStrings__Results) "
                + "to a PostgreSQL connection string, such as Host=db;Database=attachmentguide;Username=app;Password=...")
            .ValidateOnStart();

        // Both pools are registered and the provider is chosen when a context is first asked for, so settings added
        // late (tests, environment) are honoured; an unused pool costs nothing.
        services.AddPooledDbContextFactory<ResultsDbContext>((sp, options) => options
            .UseSqlite(ResolveConnectionString(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString, environment.ContentRootPath))
            .UseModel(ResultsDbContextModel.Instance)
            .ConfigureWarnings(RuntimeWarnings));
        services.AddPooledDbContextFactory<PostgresResultsDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString)
            .ConfigureWarnings(RuntimeWarnings));
        // Each registration leases its own context: one instance behind two registrations would be disposed twice,
        // and the second dispose could hand back to the pool a context another request had leased in between.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PostgresResultsDbContext>>().CreateDbContext());
        services.AddScoped(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Kind == DatabaseProvider.Postgres
            ? sp.GetRequiredService<IDbContextFactory<PostgresResultsDbContext>>().CreateDbContext()
            : sp.GetRequiredService<IDbContextFactory<ResultsDbContext>>().CreateDbContext());

        services.AddSingleton<SqliteResultWriter>();
        services.AddSingleton<ResultsMigrations>();
        services.AddHostedService(sp => sp.GetRequiredService<ResultsMigrations>());
        services.AddScoped<ResultStore>();
        services.AddSharedDataProtectionKeys();
        return services;
    }

    /// <summary>The file a SQLite connection string opens, or null for an in-memory database.</summary>
    internal static string? SqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : builder.DataSource;
    }

    internal static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(contentRoot, "App_Data", "results.db")}"
            : configured);

        // Writers wait (and Microsoft.Data.Sqlite retries) for up to this many seconds when the file is busy.
        if (string.IsNullOrWhiteSpace(configured) || !configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 15;
        }

        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A database failure is logged once, by whoever handles it: ResultStore for a failed save, the exception
    /// handler or the health check otherwise. EF's own error events would log the same failure twice more.
    /// Whether the migrations match the model is checked by a test, not by every start-up: at start it means
    /// building the model from scratch, which the compiled model (Data/CompiledModel) is there to avoid.
    /// </summary>
    private static void RuntimeWarnings(WarningsConfigurationBuilder warnings) => warnings
        .Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug))
        .Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>
    /// With PostgreSQL the key ring (antiforgery tokens, the TempData cookie) lives in the shared database, so a form
    /// served by one node can be posted to another. With SQLite there is one node and the default per-machine store stays.
    /// Decided when the options are first read, like the database itself, so late settings are honoured.
    /// </summary>
    private static void AddSharedDataProtectionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            if (sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Kind == DatabaseProvider.Postgres)
            {
                options.XmlRepository = new EntityFrameworkCoreXmlRepository<PostgresResultsDbContext>(sp, sp.GetRequiredService<ILoggerFactory>());
            }
        }));
    }
}
