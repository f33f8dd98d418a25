using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Editors;
using AttachmentGuide.Web.Export;
using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Health;
using AttachmentGuide.Web.Infrastructure;
using AttachmentGuide.Web.Quiz;
using AttachmentGuide.Web.Search;
using AttachmentGuide.Web.Security;
using AttachmentGuide.Web.Seo;
using AttachmentGuide.Web.Stats;

// Editors' content check: runs before any web host exists, so it needs no database, port or settings.
if (args is [ContentCheck.CommandName, ..])
{
    return ContentCheck.Run(args[1..], Console.Out, Console.Error);
}

// The results export: reads the site's settings but starts no web host, so it can run beside a live site.
if (args is [ExportCommand.CommandName, ..])
{
    await using var standardOutput = Console.OpenStandardOutput();
    return await ExportCommand.RunAsync(args[1..], standardOutput, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

// Serve wwwroot (and its precompressed copies) from the build output in every environment, not only in
// Development, so `dotnet run` with ASPNETCORE_ENVIRONMENT=Production looks the same. A no-op once published.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddGuide();
builder.Services.AddQuiz();
builder.Services.AddSeo();
builder.Services.AddSearch();
builder.Services.AddResultsDatabase(builder.Environment);
builder.Services.AddCrowdStatistics();
builder.Services.AddFormRateLimits();
builder.Services.AddSiteHealthChecks();
builder.Services.AddRazorPages();
builder.Services.AddPageCachingAndCompression();

var app = builder.Build();

// Started now so they run while the rest of start-up does; see ResultsMigrations.
app.Services.GetRequiredService<ResultsMigrations>().Start();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
}

app.UseTransportSecurity();
app.UseResponseCompression();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseFormLimitErrors();
app.UseRateLimiter();
app.UseOutputCache();
app.MapStaticAssets();
app.MapSiteHealthChecks();
app.MapRazorPages().WithStaticAssets();
app.MapDiscovery();

app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
