using Explainer.Content;

namespace Explainer.Pages;

/// <summary>
/// What the site-wide pages (index, feed, sitemap) need of an explainer: kept for every explainer
/// while the rest of it is dropped once written.
/// </summary>
/// <param name="Url">The page's path with the base path, e.g. <c>/repo/slug/</c>.</param>
public sealed record ExplainerSummary(string Slug, string Url, string Language, ArticleFrontMatter FrontMatter)
{
    public string Title => FrontMatter.Title;

    public string? Dek => FrontMatter.Dek;

    public DateTimeOffset? Published => FrontMatter.Published;
}
