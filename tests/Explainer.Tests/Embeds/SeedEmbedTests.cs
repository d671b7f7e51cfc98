using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Explainer.Tests.Build;
using Explainer.Tests.Publishing;
using Explainer.Tests.Snapshots;

namespace Explainer.Tests.Embeds;

/// <summary>
/// The embeddable sections of the seed explainer, built with its public URL (oEmbed files exist only
/// then): a page, an oEmbed file and discovery links for each, and the "Embed" control on the page.
/// </summary>
public sealed class SeedEmbedTests(SubPathSite site) : IClassFixture<SubPathSite>
{
    /// <summary>Every embeddable section of the seed explainer, in ordinal order.</summary>
    public static readonly string[] Sections =
    [
        "figure-karte-orte", "figure-video-empfang", "perspectives", "quote-atomwaffe", "quote-besorgt", "quote-halbe-hauptstadt",
        "quote-rote-linien", "quote-schlagzeile", "quote-wuetend", "scene-eskalation", "scene-region", "timeline",
    ];

    private const string Slug = "putin-nordkorea";

    private static readonly string PageUrl = SubPathSite.BaseUrl + Slug + "/";

    public static TheoryData<string> Snapshotted => ["timeline", "perspectives", "quote-atomwaffe", "scene-eskalation", "scene-region", "figure-karte-orte", "figure-video-empfang"];

    [Fact]
    public void Every_section_has_an_embed_page_and_an_oembed_file_and_nothing_else()
    {
        Assert.Empty(site.Result.Diagnostics);
        var embedFolder = Path.Combine(site.Output, Slug, "embed");
        var files = Directory.EnumerateFiles(embedFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(embedFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Sections.SelectMany(s => new[] { $"{s}/index.html", $"{s}/oembed.json" }), files);
    }

    [Theory]
    [MemberData(nameof(Snapshotted))]
    public Task Embed_page_matches_its_snapshot(string section) =>
        HtmlSnapshot.VerifyAsync(SeedSiteTests.WithoutFingerprint(Read($"{Slug}/embed/{section}/index.html")), section);

    [Theory]
    [MemberData(nameof(Snapshotted))]
    public Task OEmbed_file_matches_its_snapshot(string section) =>
        JsonSnapshot.VerifyAsync(Read($"{Slug}/embed/{section}/oembed.json"), section);

    [Fact]
    public void Every_oembed_file_is_a_valid_oembed_1_0_rich_response_pointing_at_its_section()
    {
        var page = Parse($"{Slug}/index.html");
        var problems = new List<string>();
        foreach (var section in Sections)
        {
            var text = Read($"{Slug}/embed/{section}/oembed.json");
            using var json = JsonDocument.Parse(text);
            var found = OEmbedRules.Problems(json.RootElement).ToList();
            if (found.Count == 0)
            {
                var (link, src) = OEmbedRules.Parts(json.RootElement.GetProperty("html").GetString()!);
                if (src != $"{PageUrl}embed/{section}/")
                {
                    found.Add($"the iframe shows {src}, not the section's embed page");
                }

                if (link != $"{PageUrl}#{section}" || page.GetElementById(section) is null)
                {
                    found.Add($"the blockquote links to {link}, not to the section on the explainer page");
                }

                if (json.RootElement.GetProperty("provider_url").GetString() != SubPathSite.BaseUrl.AbsoluteUri)
                {
                    found.Add("provider_url is not the site's public URL");
                }
            }

            Assert.False(text.StartsWith('\uFEFF'), $"{section}/oembed.json starts with a byte-order mark");
            problems.AddRange(found.Select(p => $"{section}/oembed.json: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_embed_page_holds_its_section_alone_and_links_its_oembed_file()
    {
        foreach (var section in Sections)
        {
            var embed = Parse($"{Slug}/embed/{section}/index.html");
            var where = $"embed/{section}/";
            var discovery = Assert.Single(embed.Head!.QuerySelectorAll("link[rel=alternate][type='application/json+oembed']"));
            Assert.Equal($"{PageUrl}embed/{section}/oembed.json", discovery.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(discovery.GetAttribute("title")), where);
            Assert.Equal(section, embed.DocumentElement.GetAttribute("data-embed-id"));
            Assert.Equal(PageUrl, embed.Head.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal("noindex", embed.Head.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.Equal("de", embed.DocumentElement.GetAttribute("lang"));

            // The section, its source line, no control to embed it again, and only the script that reports its height.
            var main = embed.QuerySelector("main")!;
            Assert.Equal(section, main.FirstElementChild?.Id);
            Assert.Equal(PageUrl, main.QuerySelector(".embed__source a")?.GetAttribute("href"));
            Assert.Null(embed.QuerySelector(".embed-control"));
            Assert.Equal(["embed-child"], embed.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!.Split('/')[^1].Split('.')[0]));

            // A fragment link must name something in the embed; everything else leads to the full explainer.
            foreach (var href in embed.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")!))
            {
                Assert.True(embed.GetElementById(href[1..]) is not null, $"{where}: {href} names nothing in the embed");
            }
        }
    }

    [Fact]
    public void The_explainer_page_links_every_oembed_file_in_its_head()
    {
        var page = Parse($"{Slug}/index.html");
        var links = page.Head!.QuerySelectorAll("link[rel=alternate][type='application/json+oembed']").ToList();
        Assert.Equal(Sections.Select(s => $"{PageUrl}embed/{s}/oembed.json"), links.Select(l => l.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.GetAttribute("title"))));
        Assert.Empty(page.Body!.QuerySelectorAll("link[type='application/json+oembed']"));
    }

    [Fact]
    public void Every_section_of_the_explainer_page_has_an_embed_control_that_waits_for_javascript_with_the_oembed_snippets()
    {
        var page = Parse($"{Slug}/index.html");
        Assert.Equal(Sections.Length, page.QuerySelectorAll(".embed-control").Length);

        // The page carries the snippets once, with placeholders each control fills in, escaped (embed-control.js).
        var template = page.GetElementById("embed-control-panel")!;
        string Fill(string pattern, AngleSharp.Dom.IElement control) => System.Text.RegularExpressions.Regex.Replace(
            pattern, @"\{embed-(section|title|height)\}", m => Explainer.Templates.HtmlEscaper.Escape(control.GetAttribute("data-embed-" + m.Groups[1].Value)));
        foreach (var section in Sections)
        {
            var control = page.GetElementById(section)?.QuerySelector(".embed-control");
            Assert.True(control is not null, $"#{section} has no embed control");
            Assert.True(control.HasAttribute("hidden"), $"#{section}: the control shows without JavaScript, where it cannot work");
            Assert.False(string.IsNullOrWhiteSpace(control.GetAttribute("data-embed-title")));
            using (var json = JsonDocument.Parse(Read($"{Slug}/embed/{section}/oembed.json")))
            {
                // The iframe the page hands out is the oEmbed response's, to the byte: one writer (EmbedSnippet) makes both.
                var title = Explainer.Templates.HtmlEscaper.Escape(json.RootElement.GetProperty("title").GetString());
                var iframe = Fill(template.GetAttribute("data-embed-iframe")!, control);
                Assert.StartsWith($"<iframe src=\"{PageUrl}embed/{section}/\" title=\"{title}\"", iframe);
                Assert.Equal($"<blockquote><a href=\"{PageUrl}#{section}\">{title}</a></blockquote>{iframe}", json.RootElement.GetProperty("html").GetString());

                // The script form: the same embed page, title and height, and embed.js where the site has it.
                var height = json.RootElement.GetProperty("height").GetInt32();
                Assert.Equal(
                    $"<div data-explainer-embed=\"{PageUrl}embed/{section}/\" data-title=\"{title}\" data-height=\"{height}\"><a href=\"{PageUrl}embed/{section}/\">{title}</a></div>\n" +
                    $"<script async src=\"{SubPathSite.BaseUrl}assets/embed.js\"></script>",
                    Fill(template.GetAttribute("data-embed-script")!, control));
                Assert.True(File.Exists(Path.Combine(site.Output, "assets", "embed.js")));
            }

            // The button and panel are made from the page's one template (embed-control.js), with the panel's id given here.
            Assert.Equal($"embed-{section}", control.GetAttribute("data-embed-panel"));
            Assert.Empty(control.Children);
        }
    }

    [Fact]
    public void The_explainer_page_holds_the_embed_controls_button_and_panel_once_as_a_template()
    {
        var page = Parse($"{Slug}/index.html");
        var template = Assert.Single(page.QuerySelectorAll("template#embed-control-panel").Cast<IHtmlTemplateElement>());
        var content = template.Content;
        var toggle = Assert.Single(content.QuerySelectorAll(".embed-control__toggle").Cast<IHtmlButtonElement>());
        Assert.Equal("button", toggle.Type);
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal("Einbetten", toggle.TextContent);
        var panel = Assert.Single(content.QuerySelectorAll(".embed-control__panel"));
        Assert.True(panel.HasAttribute("hidden"), "the panel does not start closed");

        // Two snippet forms, each in a labelled read-only text box with its own copy button, and a status line for "copied".
        Assert.Equal(["script", "iframe"], panel.QuerySelectorAll("textarea").Select(t => t.GetAttribute("data-embed-form")!));
        Assert.All(panel.QuerySelectorAll("textarea"), t =>
        {
            Assert.True(t.HasAttribute("readonly"));
            Assert.Equal("label", t.ParentElement!.LocalName);
        });
        Assert.Equal(["script", "iframe"], panel.QuerySelectorAll("button[data-embed-copy]").Select(b => b.GetAttribute("data-embed-copy")!));
        Assert.Equal(string.Empty, panel.QuerySelector("[role=status]")?.TextContent);

        // Pages without a section to embed (the index) have none.
        Assert.Null(Parse("index.html").QuerySelector("template#embed-control-panel"));
    }

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(site.Output, relativePath));

    private IHtmlDocument Parse(string relativePath) => new HtmlParser().ParseDocument(Read(relativePath));
}
