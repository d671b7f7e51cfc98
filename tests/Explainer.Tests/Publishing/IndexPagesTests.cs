using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Pages;
using Explainer.Publishing;
using Explainer.Tests.Build;

namespace Explainer.Tests.Publishing;

/// <summary>
/// The index lists at most <c>index_page_size</c> explainers a page: page 1 is index.html, the
/// others page/N/index.html, each linked to its neighbours, the first and the last.
/// </summary>
public sealed class IndexPagesTests : IDisposable
{
    private readonly SiteBuild _build = new();

    public void Dispose() => _build.Dispose();

    [Fact]
    public async Task Seven_explainers_two_a_page_make_four_linked_index_pages_that_list_each_explainer_once()
    {
        var input = _build.CopyInput();
        var seed = Directory.GetDirectories(input).Single();
        for (var i = 1; i <= 6; i++)
        {
            _build.Temp.CopyFrom(seed, $"input/kopie-{i}");
        }

        File.AppendAllText(Path.Combine(input, "site.yml"), "index_page_size: 2\nbase_url: https://example.org/erklaert/\n");

        var result = await _build.RunAsync(input);

        Assert.Empty(result.Diagnostics);
        string[] pages = ["index.html", "page/2/index.html", "page/3/index.html", "page/4/index.html"];
        Assert.False(File.Exists(Path.Combine(_build.Output, "page", "5", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_build.Output, "page", "1")));
        var documents = pages.Select(p => new HtmlParser().ParseDocument(_build.ReadOutput(p))).ToList();

        var listed = documents.SelectMany(d => d.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href"))).ToList();
        Assert.Equal(7, listed.Count);
        Assert.Equal(7, listed.Distinct().Count());
        Assert.Equal([2, 2, 2, 1], documents.Select(d => d.QuerySelectorAll(".cards > li").Length));

        for (var n = 1; n <= 4; n++)
        {
            var document = documents[n - 1];
            var nav = Assert.Single(document.QuerySelectorAll("nav.pagination"));
            Assert.Equal("Seiten des Verzeichnisses", nav.GetAttribute("aria-label"));
            var current = Assert.Single(nav.QuerySelectorAll("[aria-current=page]"));
            Assert.Equal($"Seite {n}", current.TextContent);
            Assert.Equal(Url(n), current.GetAttribute("href"));
            Assert.Equal(n > 1 ? Url(n - 1) : null, nav.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(n < 4 ? Url(n + 1) : null, nav.QuerySelector("a[rel=next]")?.GetAttribute("href"));
            Assert.Equal(n > 1 ? Url(n - 1) : null, document.QuerySelector("link[rel=prev]")?.GetAttribute("href"));
            Assert.Equal($"https://example.org/erklaert/{IndexPages.PathOf(n)}", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Contains($"Seite {n} von 4", document.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(n == 1 ? "Explainer" : $"Explainer – Seite {n} von 4", document.Title);
        }

        var links = LinkChecker.Check(_build.Output, "/erklaert/", new Uri("https://example.org/erklaert/"));
        Assert.Empty(links.Diagnostics);

        static string Url(int n) => "/erklaert/" + IndexPages.PathOf(n);
    }

    [Fact]
    public async Task A_site_that_fits_on_one_page_has_no_page_navigation()
    {
        var result = await _build.RunAsync();

        Assert.Empty(result.Diagnostics);
        var document = new HtmlParser().ParseDocument(_build.ReadOutput("index.html"));
        Assert.Empty(document.QuerySelectorAll("nav.pagination, link[rel=prev], link[rel=next]"));
        Assert.False(Directory.Exists(Path.Combine(_build.Output, "page")));
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 9, "1 2 3 … 9")]
    [InlineData(5, 9, "1 … 3 4 5 6 7 … 9")]
    [InlineData(4, 9, "1 2 3 4 5 6 … 9")]
    [InlineData(9, 9, "1 … 7 8 9")]
    [InlineData(2, 3, "1 2 3")]
    public void The_navigation_shows_the_first_the_last_and_two_numbers_each_side_of_the_current_page(int current, int count, string expected)
    {
        var summaries = Enumerable.Range(1, count)
            .Select(i => new ExplainerSummary($"e{i}", $"/e{i}/", "de", new Explainer.Content.ArticleFrontMatter($"E{i}", null, [], null, null, null, null, null), new CardImage($"/e{i}/social.png", 1200, 630)))
            .ToList();
        var page = new PageContext(
            Site.ResolvedSite.Of(new Site.SiteSettings("S", null, "de", null, [], [], []), baseUrlOption: null), new SiteView("S", "de", null, "/", null),
            new Dictionary<string, string>(), null!, null!);

        var pagination = IndexPages.Split(summaries, 1, page, "{0}/{1}")[current - 1].Pagination;

        Assert.Equal(expected, string.Join(' ', pagination.Links.Select(l => l.Gap ? "…" : l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal($"{current}/{count}", pagination.Label);
    }
}
