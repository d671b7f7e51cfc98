using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests.Content;

/// <summary>Something a reader must be able to see on a page with JavaScript off.</summary>
/// <param name="PagePath">The page's URL path, e.g. <c>/explainer/putin-nordkorea/</c>.</param>
/// <param name="Kind">What it is, for messages: "article line", "timeline event", "quote", "view".</param>
/// <param name="Scope">A CSS selector for the elements to look in (or, without <paramref name="Text"/>, that must each be visible).</param>
/// <param name="Text">Text that must appear, whitespace-normalised, inside one element of the scope; null to check every element of the scope.</param>
public sealed record ExpectedContent(string PagePath, string Kind, string Scope, string? Text = null)
{
    public override string ToString() => Text is null ? $"{Kind} '{Scope}'" : $"{Kind} \"{Shorten(Text)}\"";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

/// <summary>
/// What must be visible without JavaScript, page by page. New components add their own list here
/// (timeline events, quotes with their attribution, each perspective of the views box) so the
/// no-JavaScript gate covers them from the day they ship.
/// </summary>
public static class ExpectedContentCatalog
{
    /// <summary>Each line of the seed article, which the seed explainer prints in full.</summary>
    public static IReadOnlyList<string> SeedLines() =>
        File.ReadAllLines(RepositoryPaths.Seed).Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    public static IEnumerable<ExpectedContent> All()
    {
        foreach (var line in SeedLines())
        {
            yield return new ExpectedContent(SiteUnderTest.SeedExplainerPath, "article line", "main", line);
        }

        yield return new ExpectedContent(SiteUnderTest.SeedExplainerPath, "title", "main h1");
        yield return new ExpectedContent(SiteUnderTest.BasePath, "link to the seed explainer", $"main a[href='{SiteUnderTest.SeedExplainerPath}']");

        // The components: without JavaScript every one of their entries is part of the page.
        foreach (var (kind, selector) in ComponentEntries)
        {
            yield return new ExpectedContent(SiteUnderTest.SeedExplainerPath, kind, selector);
        }
    }

    /// <summary>One selector per kind of component entry; each element it matches must be visible.</summary>
    private static readonly (string Kind, string Selector)[] ComponentEntries =
    [
        ("timeline event", ".timeline__event"),
        ("quote", ".quote"),
        ("perspective", ".perspectives .view"),
        ("scene step", ".scene__step"),
        ("scene state, printed for readers without JavaScript", ".scene__fallback"),
        ("media placeholder", ".video-placeholder"),
    ];
}
