using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Explainer.Build;
using Explainer.Components.Media;
using Explainer.Tests.Snapshots;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components.Media;

/// <summary>
/// The lead fixture (Fixtures/Lead: one explainer led by a drawn image, one without a hero) built
/// once for a public URL; and a copy of the component fixture twice over, led by its video and by
/// its map.
/// </summary>
public sealed class LeadSite : IAsyncLifetime
{
    public static readonly Uri BaseUrl = new("https://example.org/erklaert/");

    public static string Input => Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "Lead", "input");

    private readonly TempFolder _temp = new();

    public string Output => _temp.Combine("site");

    public string OtherOutput => _temp.Combine("other-site");

    public BuildResult Result { get; private set; } = null!;

    /// <summary>The component fixture as <c>mit-video/</c> (hero: its video with a poster) and <c>mit-karte/</c> (hero: its map).</summary>
    public BuildResult OtherResult { get; private set; } = null!;

    public IHtmlDocument Page(string relativePath) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath)));

    public IHtmlDocument OtherPage(string relativePath) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(OtherOutput, relativePath)));

    public async ValueTask InitializeAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        Result = await new SiteBuilder().BuildAsync(new BuildOptions(Input, Output, Repository.Theme, BaseUrl), cancel);

        var other = _temp.Write("other-input/site.yml", File.ReadAllText(Path.Combine(ComponentSite.Input, "site.yml")));
        foreach (var (slug, hero) in new[] { ("mit-video", "clip"), ("mit-karte", "town-map") })
        {
            var article = Path.Combine(_temp.CopyFrom(Path.Combine(ComponentSite.Input, "components"), $"other-input/{slug}"), "article.md");
            TextFile.Replace(article, "language: en\n", $"language: en\nhero: {hero}\n");
            if (hero == "clip")
            {
                TextFile.Replace(article, "::: {.media #clip}\n:::\n", string.Empty);
            }
        }

        OtherResult = await new SiteBuilder().BuildAsync(new BuildOptions(Path.GetDirectoryName(other)!, OtherOutput, Repository.Theme), cancel);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The front matter's hero under the headline, as the social preview, and on the index's cards.</summary>
public sealed partial class LeadMediaTests(LeadSite site) : IClassFixture<LeadSite>
{
    [Fact]
    public void Both_sites_build_without_errors()
    {
        Assert.Empty(site.Result.Diagnostics);
        Assert.Empty(site.OtherResult.Diagnostics);
    }

    [Fact]
    public async Task An_image_hero_stands_under_the_headline_loaded_first_at_its_size()
    {
        var page = site.Page("mit-bild/index.html");
        var lead = LeadOf(page);
        var image = lead.QuerySelector("img")!;

        Assert.Equal("figure-titelbild", lead.Id);
        Assert.Equal("high", image.GetAttribute("fetchpriority"));
        Assert.False(image.HasAttribute("loading"), "the lead image must not wait to be scrolled to");
        Assert.Equal(("1000", "600"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal([480, 960, 1000], image.GetAttribute("srcset")!.Split(", ").Select(c => int.Parse(c.Split(' ')[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(LeadMedia.Sizes, image.GetAttribute("sizes"));
        Assert.Equal("Ein gezeichnetes Titelbild. Zeichnung: Testredaktion", Normalise(lead.QuerySelector("figcaption")!.TextContent));
        Assert.Single(page.QuerySelectorAll("#figure-titelbild"));
        await HtmlSnapshot.VerifyAsync(WithoutFingerprint(lead.OuterHtml));
    }

    [Fact]
    public void The_social_preview_of_an_image_hero_is_its_largest_variant_and_no_image_is_drawn()
    {
        var page = site.Page("mit-bild/index.html");
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        var largest = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Output, "mit-bild", "media"), "titelbild-1000.*.webp").Single());
        var url = $"{LeadSite.BaseUrl}mit-bild/media/{largest}";

        Assert.Equal(url, Meta("og:image"));
        Assert.Equal(("1000", "600"), (Meta("og:image:width"), Meta("og:image:height")));
        Assert.Equal("Eine orange Sonne über einem grünen Hügel.", Meta("og:image:alt"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(url, json.RootElement.GetProperty("image")[0].GetString());
        Assert.False(File.Exists(Path.Combine(site.Output, "mit-bild", "social.png")), "an explainer led by an image needs no drawn preview");
    }

    [Fact]
    public void Without_a_hero_the_page_has_no_lead_and_the_drawn_image_is_the_preview()
    {
        var page = site.Page("ohne-bild/index.html");

        Assert.Empty(page.QuerySelectorAll(".figure--lead"));
        Assert.Equal($"{LeadSite.BaseUrl}ohne-bild/social.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.True(File.Exists(Path.Combine(site.Output, "ohne-bild", "social.png")));
    }

    [Fact]
    public async Task The_index_shows_each_explainer_as_a_card_with_its_picture_at_a_fixed_size()
    {
        var index = site.Page("index.html");
        var cards = index.QuerySelectorAll(".cards > li.card").ToList();

        Assert.Equal(["/erklaert/mit-bild/", "/erklaert/ohne-bild/"], cards.Select(c => Assert.Single(c.QuerySelectorAll("a")).GetAttribute("href")));
        var smallest = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Output, "mit-bild", "media"), "titelbild-480.*.webp").Single());
        var images = cards.Select(c => Assert.Single(c.QuerySelectorAll("img"))).ToList();
        Assert.Equal($"/erklaert/mit-bild/media/{smallest}", images[0].GetAttribute("src"));
        Assert.Equal(("480", "288"), (images[0].GetAttribute("width"), images[0].GetAttribute("height")));
        Assert.Equal("/erklaert/ohne-bild/social.png", images[1].GetAttribute("src"));
        Assert.Equal(("1200", "630"), (images[1].GetAttribute("width"), images[1].GetAttribute("height")));
        Assert.All(images, i => Assert.Equal(string.Empty, i.GetAttribute("alt")));
        Assert.Equal([null, "lazy"], images.Select(i => i.GetAttribute("loading")));
        Assert.Equal(["2024-06-20T09:00:00+02:00", "2024-06-19T09:00:00+02:00"], cards.Select(c => c.QuerySelector("time")!.GetAttribute("datetime")));
        await HtmlSnapshot.VerifyAsync(WithoutFingerprint(index.DocumentElement.OuterHtml));
    }

    [Fact]
    public void A_video_hero_is_its_figure_under_the_headline_with_its_poster_asked_for_first()
    {
        var page = site.OtherPage("mit-video/index.html");
        var lead = LeadOf(page);
        var video = lead.QuerySelector("video")!;
        var preload = Assert.Single(page.Head!.QuerySelectorAll("link[rel=preload]"));

        Assert.Equal("figure-clip", lead.Id);
        Assert.Equal("/mit-video/media/clip-poster.png", video.GetAttribute("poster"));
        Assert.Equal(("image", "/mit-video/media/clip-poster.png", "high"), (preload.GetAttribute("as"), preload.GetAttribute("href"), preload.GetAttribute("fetchpriority")));
        Assert.NotNull(video.GetAttribute("width"));
        Assert.NotNull(video.GetAttribute("height"));
        Assert.Single(page.QuerySelectorAll("#figure-clip"));
        Assert.Equal("/mit-video/social.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_map_hero_is_its_drawing_under_the_headline_and_the_drawn_image_is_the_preview()
    {
        var page = site.OtherPage("mit-karte/index.html");
        var lead = LeadOf(page);

        Assert.Equal("figure-town-map", lead.Id);
        Assert.Contains("figure--map", lead.ClassList);
        Assert.NotNull(lead.QuerySelector("svg.map[viewBox]"));
        Assert.Equal("Where it happened. Map: Natural Earth", Normalise(lead.QuerySelector("figcaption")!.TextContent));
        Assert.Empty(page.Head!.QuerySelectorAll("link[rel=preload]"));
        Assert.Equal("/mit-karte/social.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));

        // The map is still what the scene shows, as a state of its own, not a second figure.
        Assert.Single(page.QuerySelectorAll("#figure-town-map"));
    }

    /// <summary>The figure right after the page's header, which must be the lead.</summary>
    private static IElement LeadOf(IHtmlDocument page)
    {
        var header = page.QuerySelector("article.explainer > header.explainer__header")!;
        var lead = header.NextElementSibling!;
        Assert.Equal("FIGURE", lead.TagName);
        Assert.Contains("figure--lead", lead.ClassList);
        return lead;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string WithoutFingerprint(string html) => Fingerprint().Replace(html, ".{hash}.$1");

    [GeneratedRegex(@"\.[0-9a-f]{10}\.(webp|css|js|svg)")]
    private static partial Regex Fingerprint();
}
