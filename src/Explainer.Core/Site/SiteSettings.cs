using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Site;

/// <summary>The settings in input/site.yml.</summary>
/// <param name="Title">The site's name, shown on the index page and as publisher.</param>
/// <param name="BaseUrl">The public URL the site is published at; <c>--base-url</c> overrides it.</param>
/// <param name="Language">The default language of explainers.</param>
/// <param name="Description">One sentence on the site, for the index page's description.</param>
/// <param name="Authors">Default authors of explainers that name none.</param>
/// <param name="Order">Slugs listed first on the index, in this order; the rest follow, newest first.</param>
/// <param name="Hidden">Slugs built but left off the index, feed and sitemap.</param>
public sealed record SiteSettings(
    string Title,
    Uri? BaseUrl,
    string Language,
    string? Description,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<string> Order,
    IReadOnlyList<string> Hidden)
{
    public static readonly string[] Keys = ["title", "base_url", "language", "description", "authors", "order", "hidden"];

    public static SiteSettings Read(YamlMap map)
    {
        map.AllowOnly("site.yml", Keys);
        var title = map.String("title", required: true, where: "site.yml") ?? "Explainer";
        Uri? baseUrl = null;
        if (map.String("base_url") is { } url)
        {
            if (UrlPolicy.IsAbsoluteHttp(url))
            {
                baseUrl = new Uri(url.EndsWith('/') ? url : url + "/");
            }
            else
            {
                map.Context.Error(map.NodeOf("base_url")!, ErrorCodes.UnsafeUrl, $"'base_url' must be an absolute http or https URL, not '{url}'");
            }
        }

        var language = ArticleFrontMatter.ReadLanguage(map, "language") ?? "en";
        var authors = ArticleFrontMatter.ReadAuthors(map, "authors");
        var order = map.Strings("order").Select(s => s.Value).ToList();
        var hidden = map.Strings("hidden").Select(s => s.Value).ToList();
        return new SiteSettings(title, baseUrl, language, map.String("description"), authors, order, hidden);
    }
}
