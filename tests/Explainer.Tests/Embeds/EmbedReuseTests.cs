using Explainer.Corpus;
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
        var pages = await BuildBothWays(Repository.Input);

        Assert.Equal(SeedEmbedTests.Sections.Length, pages.Count(IsEmbedPage));
    }

    [Fact]
    public async Task Every_embed_page_of_generated_explainers_is_the_page_its_section_renders_on_its_own()
    {
        // Corpus explainers: every kind of section, quotes inside the quotes component, renamed ids.
        var input = _reused.Temp.Combine("corpus");
        CorpusGenerator.Generate(Repository.Input, input, 8);

        var pages = await BuildBothWays(input);

        Assert.True(pages.Count(IsEmbedPage) > 8 * 10, $"{pages.Count} pages");
    }

    private static bool IsEmbedPage(string page) =>
        page.Contains($"{Path.DirectorySeparatorChar}embed{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    /// <summary>
    /// Builds <paramref name="input"/> with the theme as it is and with one in which no section can be
    /// taken over, asserts that every page is the same, and returns the pages (relative paths).
    /// </summary>
    private async Task<List<string>> BuildBothWays(string input)
    {
        // The layout keeps each section's HTML in a variable before writing it: then the page does not
        // write the section straight into itself (nor a partial inside it), and each embed page
        // renders its section again.
        var theme = _rendered.CopyTheme();
        var layout = Path.Combine(theme, "layouts", "explainer.html");
        var call = "{{ partial item.kind item.model }}";
        Assert.Equal(2, File.ReadAllText(layout).Split(call).Length - 1);
        TextFile.Replace(layout, call, "{{ html = partial item.kind item.model }}{{ html }}");

        var reused = await _reused.RunAsync(input);
        var rendered = await _rendered.RunAsync(input, theme);

        Assert.Empty(reused.Diagnostics);
        Assert.Empty(rendered.Diagnostics);
        var pages = Directory.GetFiles(_reused.Output, "index.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_reused.Output, p))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(pages, Directory.GetFiles(_rendered.Output, "index.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_rendered.Output, p))
            .Order(StringComparer.Ordinal));
        foreach (var page in pages)
        {
            var html = _reused.ReadOutput(page);
            if (IsEmbedPage(page))
            {
                Assert.DoesNotContain("embed-control", html, StringComparison.Ordinal);
            }

            Assert.Equal(_rendered.ReadOutput(page), html);
        }

        return pages;
    }
}
