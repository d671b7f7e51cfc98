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
/// <param name="IndexPageSize">At most this many explainers on a page of the index (<see cref="Pages.IndexPages"/>).</param>
public sealed record SiteSettings(
    string Title,
    Uri? BaseUrl,
    string Language,
    string? Description,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<string> Order,
    IReadOnlyList<string> Hidden,
    int IndexPageSize = SiteSettings.DefaultIndexPageSize)
{
    /// <summary>
    /// 50 explainers a page: each adds about 25 bytes to the index page's gzipped weight, so a page
    /// stays far inside the 30 KB budget (a single page of 1000 weighed 26.8 KB, of 1200 it would be over).
    /// </summary>
    public const int DefaultIndexPageSize = 50;

    /// <summary>The most explainers an index page may list (site.yml's <c>index_page_size</c>).</summary>
    public const int MaxIndexPageSize = 1000;

    public static readonly string[] Keys = ["title", "base_url", "language", "description", "authors", "order", "hidden", "index_page_size"];

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
        var pageSize = map.Int("index_page_size") ?? DefaultIndexPageSize;
        if (pageSize is < 1 or > MaxIndexPageSize)
        {
            map.Context.Error(map.NodeOf("index_page_size")!, ErrorCodes.InvalidValue,
                $"'index_page_size' must be between 1 and {MaxIndexPageSize}, not {pageSize}");
            pageSize = DefaultIndexPageSize;
        }

        return new SiteSettings(title, baseUrl, language, map.String("description"), authors, order, hidden, pageSize);
    }
}
