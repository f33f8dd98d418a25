using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Data.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AttachmentGuide.Tests.Data;

/// <summary>
/// The site no longer checks at start-up that the migrations and the compiled model match the model (that meant
/// building the model from scratch on every start); these tests check it instead, for each provider.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new ResultsDbContext(new DbContextOptionsBuilder<ResultsDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "SavedResult or ResultsDbContext changed without a migration. Add one: dotnet ef migrations add <Name> "
            + "--project src/AttachmentGuide.Web --context ResultsDbContext --output-dir Data/Migrations");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        // Comparing the model with the migrations never connects, so no server is needed.
        using var db = new PostgresResultsDbContext(new DbContextOptionsBuilder<PostgresResultsDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "SavedResult or ResultsDbContext changed without a PostgreSQL migration. Add one: dotnet ef migrations add <Name> "
            + "--project src/AttachmentGuide.Web --context PostgresResultsDbContext --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public void The_compiled_model_the_site_uses_matches_the_model()
    {
        using var db = new ResultsDbContext(new DbContextOptionsBuilder<ResultsDbContext>()
            .UseSqlite("Data Source=:memory:")
            .UseModel(ResultsDbContextModel.Instance)
            .Options);
        var fromCode = db.GetService<IDesignTimeModel>().Model;

        Assert.Same(ResultsDbContextModel.Instance, db.Model);
        var expected = Describe(fromCode);
        var compiled = Describe(db.Model);
        Assert.True(
            expected == compiled,
            "The compiled model is out of date. Regenerate it: dotnet ef dbcontext optimize --project src/AttachmentGuide.Web "
            + $"--context ResultsDbContext --output-dir Data/CompiledModel --namespace AttachmentGuide.Web.Data.CompiledModel\nmodel:    {expected}\ncompiled: {compiled}");
    }

    /// <summary>Everything about the tables that reads and writes depend on, as text (a compiled model cannot be diffed directly).</summary>
    private static string Describe(IModel model) => string.Join("\n", model.GetRelationalModel().Tables.OrderBy(t => t.Name).Select(table =>
        $"{table.Name}: "
        + string.Join(", ", table.Columns.OrderBy(c => c.Name).Select(c => $"{c.Name} {c.StoreType}{(c.IsNullable ? " null" : "")}"))
        + $"; key {string.Join("+", table.PrimaryKey!.Columns.Select(c => c.Name))}"
        + string.Concat(table.Indexes.OrderBy(i => i.Name).Select(i => $"; index {i.Name} on {string.Join("+", i.Columns.Select(c => c.Name))}{(i.IsUnique ? " unique" : "")}"))
        + "; properties " + string.Join(", ", table.EntityTypeMappings.SelectMany(m => m.TypeBase.GetProperties())
            .OrderBy(p => p.Name).Select(p => $"{p.Name} {p.ClrType.Name} {p.GetMaxLength()}"))));
}
