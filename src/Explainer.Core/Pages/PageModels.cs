using Explainer.Content;
using Explainer.Site;
using Explainer.Templates;

namespace Explainer.Pages;

/// <summary>What templates see of the site.</summary>
public sealed record SiteView(string Title, string Language, string? Description, string BasePath, string? BaseUrl);

/// <summary>What templates see of one block of the article.</summary>
public sealed record BlockView(string Id, string Kind, HtmlString Html, string Text);

/// <summary>What templates see of an explainer page.</summary>
public sealed record ExplainerView(
    string Slug,
    string Url,
    string Title,
    string? Dek,
    string Language,
    IReadOnlyList<Author> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    string? Canonical,
    IReadOnlyList<BlockView> Blocks)
{
    public static ExplainerView From(Article article, SiteSettings site, string basePath)
    {
        var fm = article.FrontMatter;
        var url = $"{basePath}{article.Slug}/";
        var canonical = fm.Canonical ?? (site.BaseUrl is { } b ? new Uri(b, article.Slug + "/").AbsoluteUri : null);
        return new ExplainerView(
            article.Slug,
            url,
            fm.Title,
            fm.Dek,
            fm.Language ?? site.Language,
            fm.Authors.Count > 0 ? fm.Authors : site.Authors,
            fm.Published,
            fm.Modified,
            canonical,
            article.Blocks.Select(b => new BlockView(b.Id, b.Kind, new HtmlString(b.Html), b.Text)).ToList());
    }
}
