using System.Text.Json;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>The Nu HTML Checker (vnu.jar, pinned in tests/package.json) finds no error in any page the build writes.</summary>
public sealed class HtmlValidityTests(SiteUnderTest site)
{
    [Fact(Timeout = 120_000)]
    public async Task The_nu_html_checker_finds_no_errors()
    {
        var jar = Path.Combine(RepositoryPaths.NodeModules, "vnu-jar", "build", "dist", "vnu.jar");
        var java = ToolGate.FindOnPath("java");
        ToolGate.Require(java is not null, "Java is not installed (apt-get install default-jre-headless); the Nu HTML Checker needs it.");
        ToolGate.Require(File.Exists(jar), $"{jar} is missing: run 'npm ci --prefix tests'.");

        // One call for every page: the JVM's start-up dominates the run time.
        var files = site.Pages.Select(p => Path.Combine(site.Folder, p.File)).ToList();
        var result = await ExternalProcess.RunAsync(
            java, ["-jar", jar, "--errors-only", "--format", "json", "--stdout", .. files],
            TimeSpan.FromSeconds(90), cancellationToken: TestContext.Current.CancellationToken);

        using var report = JsonDocument.Parse(result.StandardOutput);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Select(message => Describe(site.Folder, message))
            .ToList();

        Assert.True(errors.Count == 0 && result.ExitCode == 0,
            $"vnu.jar exited with {result.ExitCode} and reported {errors.Count} error(s) in {files.Count} page(s):{Environment.NewLine}  - "
            + string.Join(Environment.NewLine + "  - ", errors) + Environment.NewLine + result.StandardError);
    }

    private static string Describe(string siteFolder, JsonElement message)
    {
        string Text(string name) => message.TryGetProperty(name, out var value) ? value.ToString() : string.Empty;
        var relative = Uri.TryCreate(Text("url"), UriKind.Absolute, out var url) && url.IsFile
            ? Path.GetRelativePath(siteFolder, url.LocalPath)
            : Text("url");
        return $"{relative}({Text("lastLine")},{Text("firstColumn")}): {Text("type")}: {Text("message")}  [{Text("extract").ReplaceLineEndings(" ").Trim()}]";
    }
}
