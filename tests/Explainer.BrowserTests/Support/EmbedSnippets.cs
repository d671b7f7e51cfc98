using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.BrowserTests.Support;

/// <summary>The two snippets the "Embed" control of a section offers: the script form and the plain iframe form.</summary>
public sealed record EmbedSnippet
{
    // Playwright fills it from the page's JSON: parameterless, with settable properties.
    public string Section { get; init; } = string.Empty;

    public string Script { get; init; } = string.Empty;

    public string Iframe { get; init; } = string.Empty;
}

/// <summary>
/// Reads the snippets from the explainer page as a reader copies them (with JavaScript, which fills
/// them in), so that host pages in the tests embed exactly what the control hands out.
/// </summary>
public static class EmbedSnippets
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IReadOnlyDictionary<string, EmbedSnippet>? _read;

    /// <summary>The height a snippet gives its iframe before the section reports its own.</summary>
    public static int PresetHeight(string snippet) =>
        int.Parse(Regex.Match(snippet, "(?:data-height|height)=\"([0-9]+)\"").Groups[1].Value, CultureInfo.InvariantCulture);

    public static async Task<EmbedSnippet> ForAsync(SiteUnderTest site, string section)
    {
        var all = await AllAsync(site);
        return all.TryGetValue(section, out var snippet)
            ? snippet
            : throw new InvalidOperationException($"the explainer page has no Embed control for {section} (it has: {string.Join(", ", all.Keys)})");
    }

    public static async Task<IReadOnlyDictionary<string, EmbedSnippet>> AllAsync(SiteUnderTest site)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_read is null)
            {
                await using var context = await site.NewContextAsync(Viewport.Desktop);
                var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
                var found = await tab.EvaluateAsync<EmbedSnippet[]>("""
                    () => [...document.querySelectorAll('.embed-control')].map(c => ({
                      section: c.querySelector('[aria-controls]').getAttribute('aria-controls').replace(/^embed-/, ''),
                      script: c.querySelector('textarea[data-embed-form=script]').value,
                      iframe: c.querySelector('textarea[data-embed-form=iframe]').value,
                    }))
                    """);
                _read = found.ToDictionary(s => s.Section, StringComparer.Ordinal);
            }

            return _read;
        }
        finally
        {
            Gate.Release();
        }
    }
}
