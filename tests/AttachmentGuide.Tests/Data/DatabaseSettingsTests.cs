using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Theory]
    [InlineData("MySql", "Database:Provider must be Sqlite (the default) or Postgres.")]
    [InlineData("1", "Database:Provider must be Sqlite (the default) or Postgres.")]
    [InlineData("Postgres", "Database:Provider is Postgres but ConnectionStrings:Results is not set.")]
    public void A_bad_database_setting_stops_start_up_with_a_clear_message(string provider, string message)
    {
        using var site = new SiteFactory(Repo.CopyContent());
        site.Settings["Database:Provider"] = provider;
        if (provider == "Postgres")
        {
            site.Settings["ConnectionStrings:Results"] = "";
        }

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData(" Sqlite ", DatabaseProvider.Sqlite)]
    [InlineData("SQLITE", DatabaseProvider.Sqlite)]
    public void Provider_names_are_read_without_regard_to_case(string value, DatabaseProvider expected)
    {
        Assert.True(DatabaseOptions.TryParse(value, out var provider));
        Assert.Equal(expected, provider);
    }
}
