using Explainer.Tests.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Embeds;

/// <summary>
/// An embed page takes its section over from the explainer page, as rendered there without its
/// "Embed" control (<c>PageRenderer.ReuseInLaterPages</c>); it is the same page, byte for byte, as
/// when the section is rendered again for it.
/// </summary>
public sealed class EmbedReuseTests : IDisposable
{
    private readonly SiteBuild _reused = new();
    private readonly SiteBuild _rendered = new();

    public void Dispose()
    {
        _reused.Dispose();
        _rendered.Dispose();
    }

    [Fact]
    public async Task Every_embed_page_of_the_seed_is_the_page_its_section_renders_on_its_own()
    {
        // The layout keeps each section's HTML in a variable before writing it: then the page does not
        // write the section straight into itself, and each embed page renders its section again.
        var theme = _rendered.CopyTheme();
        var layout = Path.Combine(theme, "layouts", "explainer.html");
        var call = "{{ partial item.kind item.model }}";
        Assert.Equal(2, File.ReadAllText(layout).Split(call).Length - 1);
        TextFile.Replace(layout, call, "{{ html = partial item.kind item.model }}{{ html }}");

        var reused = await _reused.RunAsync();
        var rendered = await _rendered.RunAsync(theme: theme);

        Assert.Empty(reused.Diagnostics);
        Assert.Empty(rendered.Diagnostics);
        var embeds = Path.Combine("putin-nordkorea", "embed");
        var pages = Directory.GetFiles(Path.Combine(_reused.Output, embeds), "index.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_reused.Output, p))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(SeedEmbedTests.Sections.Length, pages.Count);
        Assert.Equal(_rendered.ReadOutput("putin-nordkorea/index.html"), _reused.ReadOutput("putin-nordkorea/index.html"));
        foreach (var page in pages)
        {
            var html = _reused.ReadOutput(page);
            Assert.DoesNotContain("embed-control", html, StringComparison.Ordinal);
            Assert.Equal(_rendered.ReadOutput(page), html);
        }
    }
}
