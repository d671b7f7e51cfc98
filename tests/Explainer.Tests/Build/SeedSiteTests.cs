using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Explainer.Tests.Snapshots;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>The repository's input/ and theme/, built once for every test of this class.</summary>
public sealed class SeedSite : IAsyncLifetime
{
    private readonly SiteBuild _build = new();

    public string Output => _build.Output;

    public BuildResult Result => _build.Result!;

    public string Read(string relativePath) => _build.ReadOutput(relativePath);

    public IHtmlDocument Parse(string relativePath) => new HtmlParser().ParseDocument(Read(relativePath));

    public async ValueTask InitializeAsync() => await _build.RunAsync();

    public ValueTask DisposeAsync()
    {
        _build.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The seed article built with the default theme: snapshots of its pages and its text, line by line.</summary>
public sealed partial class SeedSiteTests(SeedSite site) : IClassFixture<SeedSite>
{
    private const string ExplainerPage = "putin-nordkorea/index.html";

    [Fact]
    public void The_seed_builds_without_errors()
    {
        Assert.Empty(site.Result.Diagnostics);
        Assert.Equal(
            [
                OutputManifest.FileName, ".nojekyll", "404.html", "assets/embed-child.{hash}.js", "assets/embed.{hash}.css", "assets/embed.js", "assets/explainer.{hash}.js", "assets/favicon.{hash}.svg",
                "assets/site.{hash}.css", "index.html", ExplainerPage,
                "putin-nordkorea/social.png",
            ],
            FolderContents.Read(site.Output).Paths.Where(p => !p.Contains("/embed/", StringComparison.Ordinal)).Select(WithoutFingerprint));

        // Without a public URL there are embed pages but no oEmbed files (their URLs must be absolute).
        var embeds = FolderContents.Read(site.Output).Paths.Where(p => p.Contains("/embed/", StringComparison.Ordinal)).ToList();
        string[] sections =
        [
            "figure-karte-orte", "figure-video-empfang", "perspectives", "quote-atomwaffe", "quote-besorgt", "quote-halbe-hauptstadt",
            "quote-rote-linien", "quote-schlagzeile", "quote-wuetend", "scene-eskalation", "scene-region", "timeline",
        ];
        Assert.Equal(sections.Select(s => $"putin-nordkorea/embed/{s}/index.html"), embeds);
    }

    [Fact]
    public void Without_a_public_url_no_page_links_an_oembed_file()
    {
        // oEmbed URLs must be absolute, so without --base-url there are no files and no links to them.
        foreach (var page in FolderContents.Read(site.Output).Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.Empty(site.Parse(page).QuerySelectorAll("link[type='application/json+oembed']"));
        }
    }

    [Fact]
    public async Task The_explainer_page_matches_its_snapshot() =>
        await HtmlSnapshot.VerifyAsync(WithoutFingerprint(site.Read(ExplainerPage)));

    [Fact]
    public async Task The_index_page_matches_its_snapshot() =>
        await HtmlSnapshot.VerifyAsync(WithoutFingerprint(site.Read("index.html")));

    [Fact]
    public void Every_line_of_the_seed_is_a_paragraph_of_the_article_body_verbatim_and_in_order()
    {
        var seedLines = File.ReadAllLines(Repository.Seed).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var page = site.Parse(ExplainerPage);

        // The article's own paragraphs carry their block ids; paragraphs of components placed among them do not.
        var paragraphs = page.QuerySelectorAll(".article-body p[id]").Select(p => p.TextContent).ToList();

        Assert.Equal(20, seedLines.Count);
        Assert.Equal(seedLines, paragraphs);
    }

    [Fact]
    public void The_pages_declare_the_language_of_their_content()
    {
        Assert.Equal("de", site.Parse(ExplainerPage).DocumentElement.GetAttribute("lang"));
        Assert.Equal("de", site.Parse("index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Every_local_link_of_the_pages_points_to_something_that_was_built()
    {
        foreach (var pagePath in new[] { "index.html", ExplainerPage })
        {
            var page = site.Parse(pagePath);
            var targets = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!);
            foreach (var href in targets.Where(h => h.StartsWith('/') || h.StartsWith('#')))
            {
                if (href.StartsWith('#'))
                {
                    Assert.True(page.GetElementById(href[1..]) is not null, $"{pagePath}: no element with id {href}");
                    continue;
                }

                var file = href.EndsWith('/') ? href[1..] + "index.html" : href[1..];
                Assert.True(File.Exists(Path.Combine(site.Output, file)), $"{pagePath}: {href} points to nothing");
            }
        }
    }

    /// <summary>Puts a placeholder for the content hash in asset names, so that a change to the CSS alone does not touch the page snapshots.</summary>
    internal static string WithoutFingerprint(string text) => FingerprintPattern().Replace(text, "$1.{hash}$2");

    [GeneratedRegex(@"((?:assets|media)/[\w-]+)\.[0-9a-f]{10}(\.\w+)")]
    private static partial Regex FingerprintPattern();
}
