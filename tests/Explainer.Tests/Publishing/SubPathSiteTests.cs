using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Explainer.Tests.Build;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Publishing;

/// <summary>The seed built for a GitHub project site (https://org.github.io/repo/), built once.</summary>
public sealed class SubPathSite : IAsyncLifetime
{
    public static readonly Uri BaseUrl = new("https://example-org.github.io/explainer-repo/");

    private readonly TempFolder _temp = new();

    public string Output => _temp.Combine("site");

    public BuildResult Result { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Result = await new SiteBuilder().BuildAsync(new BuildOptions(Repository.Input, Output, Repository.Theme, BaseUrl), TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class SubPathSiteTests(SubPathSite site) : IClassFixture<SubPathSite>
{
    private const string BasePath = "/explainer-repo/";

    [Fact]
    public void Every_href_and_src_carries_the_base_path_and_resolves_to_a_file_that_exists()
    {
        Assert.Empty(site.Result.Diagnostics);
        var checkedUrls = 0;
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var urls = document.QuerySelectorAll("[href], [src], [srcset], [poster]")
                .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("poster") }
                    .Concat((e.GetAttribute("srcset") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim().Split(' ')[0])))
                .OfType<string>()
                .Where(u => !u.StartsWith('#') && !u.StartsWith("https://", StringComparison.Ordinal) && !u.StartsWith("http://", StringComparison.Ordinal) && !u.StartsWith("mailto:", StringComparison.Ordinal));
            foreach (var url in urls)
            {
                Assert.StartsWith(BasePath, url, StringComparison.Ordinal);
                var path = url[BasePath.Length..].Split('#', '?')[0];
                var file = Path.Combine(site.Output, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path);
                Assert.True(File.Exists(file), $"{Path.GetRelativePath(site.Output, page)}: {url} does not resolve");
                checkedUrls++;
            }
        }

        Assert.True(checkedUrls > 10, $"only {checkedUrls} URLs checked");
    }

    [Fact]
    public void The_site_has_nojekyll_a_404_page_a_sitemap_and_a_feed_but_no_robots_txt()
    {
        Assert.True(File.Exists(Path.Combine(site.Output, ".nojekyll")));
        Assert.False(File.Exists(Path.Combine(site.Output, "robots.txt")));

        var notFound = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "404.html")));
        Assert.All(notFound.QuerySelectorAll("a[href]:not([href^='#']), link[href], script[src]"), e =>
            Assert.StartsWith("/", e.GetAttribute("href") ?? e.GetAttribute("src")!, StringComparison.Ordinal));

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Equal([SubPathSite.BaseUrl.AbsoluteUri, SubPathSite.BaseUrl + "putin-nordkorea/"], locs);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        var entry = Assert.Single(feed.Descendants(atom + "entry"));
        Assert.Equal(SubPathSite.BaseUrl + "putin-nordkorea/", entry.Element(atom + "id")!.Value);
        Assert.Equal("2024-06-19T18:00:00+02:00", entry.Element(atom + "published")!.Value);
        Assert.Equal(SubPathSite.BaseUrl + "feed.xml", feed.Root!.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void The_explainer_page_has_news_article_metadata_open_graph_and_a_canonical_link()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "putin-nordkorea", "index.html")));
        var url = SubPathSite.BaseUrl + "putin-nordkorea/";
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("de_DE", Meta("og:locale"));
        Assert.Equal(url, Meta("og:url"));
        Assert.Equal(url + "social.png", Meta("og:image"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("Putin in Pjöngjang: Verzweiflung oder Kalkül?", root.GetProperty("headline").GetString());
        Assert.Equal("2024-06-19T18:00:00+02:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("2024-06-19T18:00:00+02:00", root.GetProperty("dateModified").GetString());
        Assert.Equal(url + "social.png", root.GetProperty("image")[0].GetString());
        Assert.Equal("Explainer-Redaktion", root.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Explainer", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(url, root.GetProperty("mainEntityOfPage").GetString());
    }

    [Fact]
    public void The_social_preview_image_is_a_1200_by_630_png()
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "putin-nordkorea", "social.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        var height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        Assert.Equal((1200, 630), (width, height));
    }
}
