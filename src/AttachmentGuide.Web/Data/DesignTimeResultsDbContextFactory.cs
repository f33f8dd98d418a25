using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AttachmentGuide.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the site (and without a content folder).</summary>
internal sealed class DesignTimeResultsDbContextFactory : IDesignTimeDbContextFactory<ResultsDbContext>
{
    public ResultsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ResultsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>The PostgreSQL context for <c>dotnet ef</c>; generating a migration never connects, so the address is a placeholder.</summary>
internal sealed class DesignTimePostgresResultsDbContextFactory : IDesignTimeDbContextFactory<PostgresResultsDbContext>
{
    public PostgresResultsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresResultsDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
