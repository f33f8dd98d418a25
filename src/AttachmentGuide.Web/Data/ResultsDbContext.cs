using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// The anonymous results database on SQLite (the default); <see cref="PostgresResultsDbContext"/> is the same model
/// on PostgreSQL. Each provider has its own migrations, picked by context type.
/// To change the schema, edit <see cref="SavedResult"/> and add a migration for each provider from the repository root:
/// <c>dotnet ef migrations add NameOfChange --project src/AttachmentGuide.Web --context ResultsDbContext --output-dir Data/Migrations</c>
/// and <c>dotnet ef migrations add NameOfChange --project src/AttachmentGuide.Web --context PostgresResultsDbContext --output-dir Data/Migrations/Postgres</c>
/// (the tool is pinned in .config/dotnet-tools.json; run <c>dotnet tool restore</c> once; neither command needs a server).
/// </summary>
public class ResultsDbContext : DbContext
{
    public ResultsDbContext(DbContextOptions<ResultsDbContext> options) : base(options)
    {
    }

    /// <summary>For the provider subclasses, which carry their own options type (EF pools and migrations key on it).</summary>
    protected ResultsDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<SavedResult> Results => Set<SavedResult>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var result = modelBuilder.Entity<SavedResult>();
        result.ToTable("Results");
        result.HasKey(r => r.Id);
        result.Property(r => r.Id).HasMaxLength(22).IsUnicode(false);
        result.Property(r => r.QuizVersion).HasMaxLength(16).IsUnicode(false);
        result.Property(r => r.Answers).HasMaxLength(2000);
        result.Property(r => r.Pattern).HasMaxLength(64).IsUnicode(false);
        result.Property(r => r.DeleteTokenHash).HasMaxLength(32);
        result.HasIndex(r => r.QuizVersion);
    }
}
