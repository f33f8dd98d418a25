using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Health;
using AttachmentGuide.Web.Quiz;
using AttachmentGuide.Web.Security;

var builder = WebApplication.CreateBuilder(args);

// Serve wwwroot (and its precompressed copies) from the build output in every environment, not only in
// Development, so `dotnet run` with ASPNETCORE_ENVIRONMENT=Production looks the same. A no-op once published.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddGuide();
builder.Services.AddQuiz();
builder.Services.AddResultsDatabase(builder.Environment);
builder.Services.AddFormRateLimits();
builder.Services.AddSiteHealthChecks();
builder.Services.AddRazorPages();

var app = builder.Build();

app.ApplyResultsMigrations();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
}

app.UseTransportSecurity();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseFormLimitErrors();
app.UseRateLimiter();
app.MapStaticAssets();
app.MapSiteHealthChecks();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
