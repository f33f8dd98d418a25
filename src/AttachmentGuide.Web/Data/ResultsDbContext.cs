using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// The anonymous results database.
/// To change the schema, edit <see cref="SavedResult"/> and add a migration from the repository root:
/// <c>dotnet ef migrations add NameOfChange --project src/AttachmentGuide.Web --output-dir Data/Migrations</c>
/// (the tool is pinned in .config/dotnet-tools.json; run <c>dotnet tool restore</c> once).
/// </summary>
public sealed class ResultsDbContext(DbContextOptions<ResultsDbContext> options) : DbContext(options)
{
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
