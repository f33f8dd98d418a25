namespace AttachmentGuide.Web.Data;

public enum DatabaseProvider
{
    /// <summary>An embedded file next to the app: one node, nothing to run.</summary>
    Sqlite,

    /// <summary>A shared server: several stateless nodes behind a load balancer.</summary>
    Postgres,
}

/// <summary>Which database holds saved results (setting <c>Database:Provider</c>); the connection string is <c>ConnectionStrings:Results</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Bound as text, so an unknown value gets our message at start-up rather than the binder's conversion error.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Filled from <c>ConnectionStrings:Results</c>, so both settings are validated together.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The parsed <see cref="Provider"/>; validation at start-up guarantees it parses.</summary>
    public DatabaseProvider Kind => TryParse(Provider, out var kind)
        ? kind
        : throw new InvalidOperationException("Database:Provider must be Sqlite or Postgres.");

    /// <summary>Names only, case-insensitive: not the numbers <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would also take.</summary>
    public static bool TryParse(string? value, out DatabaseProvider provider)
    {
        foreach (var candidate in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(value?.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                provider = candidate;
                return true;
            }
        }

        provider = default;
        return false;
    }
}
