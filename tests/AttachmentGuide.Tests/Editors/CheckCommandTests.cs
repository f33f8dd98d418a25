using System.Diagnostics;

namespace AttachmentGuide.Tests.Editors;

/// <summary>The command as an editor or CI runs it: a separate process, judged by its output and exit code.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task The_app_runs_the_check_instead_of_the_site_and_exits_1_on_an_error()
    {
        using var content = new ContentFixture();
        content.Write("guide/01-first.md", ContentFixture.First + "\nSee [hope](/guide/hope).\n");

        var (exit, output) = await RunAppAsync("check-content", "--content", content.Path);

        Assert.Equal(1, exit);
        Assert.Contains("guide/01-first.md:12: error: the link '/guide/hope'", output, StringComparison.Ordinal);
        Assert.Contains("3 files checked: 1 error, 0 warnings.", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunAppAsync(params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "AttachmentGuide.Web.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
