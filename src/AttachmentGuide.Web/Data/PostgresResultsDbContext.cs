using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// The results model on PostgreSQL, plus the data-protection key ring: every node reads the same keys, so an
/// antiforgery token or TempData cookie made by one node opens on another. Its migrations live in Data/Migrations/Postgres.
/// </summary>
public sealed class PostgresResultsDbContext(DbContextOptions<PostgresResultsDbContext> options)
    : ResultsDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
    }
}
