using Explainer.Content;

namespace Explainer.Pages;

/// <summary>
/// What the site-wide pages (index, feed, sitemap) need of an explainer: kept for every explainer
/// while the rest of it is dropped once written.
/// </summary>
/// <param name="Url">The page's path with the base path, e.g. <c>/repo/slug/</c>.</param>
/// <param name="Card">The picture of its card in the index (<see cref="Publishing.PreviewImage.Card"/>).</param>
public sealed record ExplainerSummary(string Slug, string Url, string Language, ArticleFrontMatter FrontMatter, CardImage Card)
{
    public string Title => FrontMatter.Title;

    public string? Dek => FrontMatter.Dek;

    public DateTimeOffset? Published => FrontMatter.Published;
}

/// <summary>The picture of an explainer's card in the index: its URL (with the base path) and size, so the card keeps its shape before it loads.</summary>
public sealed record CardImage(string Src, int Width, int Height);
