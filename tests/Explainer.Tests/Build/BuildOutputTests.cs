using System.Text.RegularExpressions;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>What a build writes: escaped text wherever content lands in markup, and the same bytes every time.</summary>
public sealed class BuildOutputTests : IDisposable
{
    private const string HostileTitle = "AT&T <script>alert(1)</script> \"x\"";
    private const string EscapedTitle = "AT&amp;T &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot;";

    private readonly SiteBuild _build = new();

    public void Dispose() => _build.Dispose();

    [Fact]
    public async Task A_hostile_title_is_escaped_in_the_title_and_the_heading()
    {
        var input = _build.CopyInput();
        // Single-quoted YAML takes everything literally; the value holds no single quote to double.
        TextFile.ReplaceLine(Path.Combine(input, "putin-nordkorea", "article.md"), 2, $"title: '{HostileTitle}'");

        var result = await _build.RunAsync(input);

        Assert.Empty(result.Diagnostics);
        var html = _build.ReadOutput("putin-nordkorea/index.html");
        // The head's title: drawn maps carry <title>s of their own in the body.
        Assert.Contains(EscapedTitle, Single(html[..html.IndexOf("</head>", StringComparison.Ordinal)], "<title[^>]*>(.*?)</title>"), StringComparison.Ordinal);
        Assert.Equal(EscapedTitle, Single(html, "<h1[^>]*>(.*?)</h1>"));
        foreach (var file in FolderContents.Read(_build.Output).Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Bytes);
            Assert.False(text.Contains("<script>alert(1)", StringComparison.OrdinalIgnoreCase), $"{file.Path} carries the script");
        }

        // The index lists the title too, as text.
        Assert.Contains($">{EscapedTitle}</a>", _build.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_write_the_same_files_byte_for_byte()
    {
        var first = await _build.RunAsync(output: _build.Temp.Combine("first"));
        var second = await _build.RunAsync(output: _build.Temp.Combine("second"));

        Assert.Empty(first.Diagnostics);
        Assert.Empty(second.Diagnostics);
        var firstFiles = FolderContents.Read(_build.Temp.Combine("first"));
        Assert.NotEmpty(firstFiles.Files);
        FolderContents.AssertIdentical(firstFiles, FolderContents.Read(_build.Temp.Combine("second")));
    }

    [Fact]
    public async Task A_rebuild_removes_the_files_of_the_earlier_build_that_the_site_no_longer_has()
    {
        var stale = Path.Combine(_build.Output, "removed-explainer", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "from an earlier build");
        File.WriteAllText(Path.Combine(_build.Output, OutputManifest.FileName), "removed-explainer/index.html\n");

        var result = await _build.RunAsync();

        Assert.Empty(result.Diagnostics);
        Assert.False(File.Exists(stale));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_build.Temp.Path).Select(Path.GetFileName));
    }

    private static string Single(string html, string pattern)
    {
        var matches = Regex.Matches(html, pattern, RegexOptions.Singleline);
        Assert.Single(matches);
        return matches[0].Groups[1].Value;
    }
}
