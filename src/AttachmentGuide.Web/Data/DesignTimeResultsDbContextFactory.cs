using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AttachmentGuide.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the site (and without a content folder).</summary>
internal sealed class DesignTimeResultsDbContextFactory : IDesignTimeDbContextFactory<ResultsDbContext>
{
    public ResultsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ResultsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
