using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Explainer.Corpus;
using Explainer.Tests.Support;
using YamlDotNet.RepresentationModel;
using Explainer.Build;
using Explainer.Publishing;

namespace Explainer.Tests.Build;

/// <summary>The budgets of the built seed site, and the theme's UI strings.</summary>
public sealed partial class BudgetAndThemeTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public void The_seed_explainer_is_within_its_size_budgets()
    {
        var budgets = SiteBudgets.Measure(site.Output);

        Assert.Equal("putin-nordkorea/index.html", budgets.LargestPage);
        Assert.InRange(budgets.ScriptGzipBytes, 1, SiteBudgets.ScriptBudget);
        Assert.InRange(budgets.LargestPageGzipBytes, 1, SiteBudgets.PageBudget);
    }

    [Fact]
    public void The_largest_page_is_the_heaviest_of_every_page_weighed()
    {
        var every = SiteBudgets.MeasurePages(site.Output);

        var budgets = SiteBudgets.Measure(site.Output);

        Assert.True(every.Count > 10, $"{every.Count} pages");
        Assert.Equal(Definition(every), budgets);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).Reverse();
        Assert.Equal(budgets, SiteBudgets.Measure(site.Output, "/", files));
        Assert.Equal(budgets, SiteBudgets.Measure(site.Output, "/", site.Result.SiteFiles));

        // As the build summary measures: from what the build recorded of each page as it wrote it.
        Assert.NotNull(site.Result.Pages);
        Assert.Equal(every.Count, site.Result.Pages.Count);
        Assert.Equal(budgets, SiteBudgets.Measure(site.Output, "/", site.Result.SiteFiles, site.Result.Pages));
        Assert.Equal(every.Where(p => !p.WithinBudget), SiteBudgets.PagesOverBudget(site.Output));
    }

    [Fact]
    public async Task The_largest_page_of_generated_explainers_is_the_heaviest_of_every_page_weighed()
    {
        // Corpus explainers under a base path: the summary compresses their explainer pages and
        // passes over most embed pages; the figures must be those of weighing every page.
        using var build = new SiteBuild();
        var input = build.Temp.Combine("corpus");
        CorpusGenerator.Generate(Repository.Input, input, 12);
        var result = await new SiteBuilder().BuildAsync(
            new BuildOptions(input, build.Output, Repository.Theme, new Uri("https://example.org/x/")), TestContext.Current.CancellationToken);
        Assert.Empty(result.Diagnostics);

        var every = SiteBudgets.MeasurePages(build.Output, "/x/");
        var budgets = SiteBudgets.Measure(build.Output, "/x/", result.SiteFiles);

        Assert.True(every.Count > 200, $"{every.Count} pages");
        Assert.True(budgets.ScriptGzipBytes > 0, "scripts under the base path are found");
        Assert.Equal(Definition(every), budgets);
        Assert.Equal(budgets, SiteBudgets.Measure(build.Output, "/x/"));
        Assert.Equal(budgets, SiteBudgets.Measure(build.Output, "/x/", result.SiteFiles, result.Pages));
        foreach (var page in Directory.EnumerateFiles(build.Output, "index.html", SearchOption.AllDirectories))
        {
            Assert.Equal(PageLinks.InText(File.ReadAllText(page)), PageLinks.In(File.ReadAllBytes(page)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12_000)]
    [InlineData(40_000)]
    public void Pages_skipped_as_too_light_change_nothing(int scriptNoise)
    {
        // Pages of many sizes, compressible and not, linking a script that is within its budget
        // or over it: the figures must be those of weighing every page.
        using var temp = new TempFolder();
        var random = new Random(scriptNoise);
        string Noise(int bytes) => Convert.ToHexString(random.GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), bytes / 2));
        temp.Write("assets/site.css", "body { margin: 0 }\n" + string.Concat(Enumerable.Repeat(".a { color: red }\n", 200)));
        temp.Write("assets/heavy.js", $"/* {Noise(scriptNoise)} */ console.log(1);");
        temp.Write("assets/light.js", "console.log(2);");
        for (var i = 0; i < 40; i++)
        {
            var script = i % 3 == 0 ? "heavy" : "light";
            var body = i % 4 == 0 ? Noise(i * 2000) : string.Concat(Enumerable.Repeat("<p>Putin in Pjöngjang</p>\n", i * 150));
            temp.Write(i == 0 ? "index.html" : $"page-{i}/index.html",
                $"""<link rel="stylesheet" href="/assets/site.css"><script src="/assets/{script}.js" defer></script>{body}""");
        }

        // The heaviest page twice: the first in ordinal order ('-' before '/') is the one named.
        temp.Write("page-36-twin/index.html", File.ReadAllText(temp.Combine("page-36/index.html")));

        var every = SiteBudgets.MeasurePages(temp.Path);
        var budgets = SiteBudgets.Measure(temp.Path);

        Assert.Equal(Definition(every), budgets);
        Assert.Equal("page-36-twin/index.html", budgets.LargestPage);
        Assert.Equal(every.Where(p => !p.WithinBudget), SiteBudgets.PagesOverBudget(temp.Path));

        Assert.Contains(every, p => p.WithinBudget);
        Assert.Contains(every, p => !p.WithinBudget);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(65_536)]
    [InlineData(300_000)]
    public void Nothing_gzips_to_more_than_its_bound(int length)
    {
        // Random bytes do not compress: deflate stores them, and the bound must hold even then. The
        // summary passes over a page whose bound is below the heaviest page (SiteBudgets.Measure).
        var random = new byte[length];
        new Random(length).NextBytes(random);
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Putin in Pjöngjang</p>\n", (length / 24) + 1)))[..length];

        Assert.InRange(SiteBudgets.Gzip(random), length, SiteBudgets.GzipBound(length));
        Assert.InRange(SiteBudgets.Gzip(text), 0, SiteBudgets.GzipBound(length));
    }

    [Theory]
    [InlineData("""<link rel="stylesheet" href="/a.css"><script src="/b.js" defer></script>""", "/a.css /b.js")]
    [InlineData("""<script>var s = '<link href="/in-script.css">', t = "<link href=\"/escaped.css\">";</script><script src="/c.js"></script>""", "/in-script.css /c.js")]
    [InlineData("""<script data-x="<link href="/inner.css">" src="/outer.js">""", "/inner.css")]
    [InlineData("""<scripts src="/x.js"><linked href="/y.css"><link href='/q.css'><link href="/img.png">""", "/x.js /y.css")]
    [InlineData("""<p>Pjöngjang “Zitat” 🎉</p><link href="/ä.css"><script src="/unclosed.js" """, "/ä.css")]
    [InlineData("""<SCRIPT src="/upper.js"></SCRIPT><link	href="/tab.css"><link href="/k.css?v=1">""", "/tab.css")]
    [InlineData("""<link rel="canonical" href="/x/"><link rel="icon" href="/f.svg"><script defer>a.js"</script><link href="/z.css">""", "/z.css")]
    public void Linked_urls_are_found_in_the_bytes_as_the_pattern_finds_them_in_the_text(string html, string expected)
    {
        Assert.Equal(expected, string.Join(' ', PageLinks.InText(html)));
        Assert.Equal(expected, string.Join(' ', PageLinks.In(Encoding.UTF8.GetBytes(html))));
    }

    [Fact]
    public void Linked_urls_of_the_seed_pages_are_their_stylesheets_and_scripts()
    {
        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var expected = document.QuerySelectorAll("link[href$='.css'], script[src$='.js']")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"));
            Assert.Equal(expected, PageLinks.In(File.ReadAllBytes(page)));
            Assert.Equal(expected, PageLinks.InText(File.ReadAllText(page)));
        }
    }

    [Fact]
    public void The_host_script_is_at_most_1_KB_gzipped_and_keeps_its_stable_name()
    {
        var theme = File.ReadAllBytes(Path.Combine(Repository.Theme, "assets", "embed.js"));
        var gzipped = SiteBudgets.Gzip(theme);
        TestContext.Current.TestOutputHelper?.WriteLine($"embed.js: {theme.Length} bytes, {gzipped} gzipped");
        Assert.InRange(gzipped, 1, SiteBudgets.HostScriptBudget);

        // Hosts load it from /assets/embed.js for years: no fingerprint, the theme's bytes as they are.
        Assert.Equal(theme, File.ReadAllBytes(Path.Combine(site.Output, "assets", "embed.js")));
    }

    [Fact]
    public void Nothing_is_loaded_from_another_site_and_every_image_and_video_has_its_size()
    {
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var loaded = document.QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], img, video, source, track, iframe")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? string.Empty);
            Assert.All(loaded, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
            Assert.All(document.QuerySelectorAll("img, video, iframe"), e =>
            {
                Assert.Matches("^[0-9]+$", e.GetAttribute("width") ?? string.Empty);
                Assert.Matches("^[0-9]+$", e.GetAttribute("height") ?? string.Empty);
            });
        }
    }

    [Fact]
    public void German_English_and_French_ui_strings_are_complete_and_cover_every_key_the_theme_uses()
    {
        var de = Keys("de");
        var en = Keys("en");
        Assert.Equal(de.Order(), en.Order());
        Assert.Equal(en.Order(), Keys("fr").Order());

        var used = Directory.EnumerateFiles(Repository.Theme, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
                .SelectMany(f => CodeKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)))
            .ToHashSet();
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(de));
    }

    /// <summary>The budgets by their definition: the heaviest of every page weighed (ties: the first in ordinal order), and the most JavaScript.</summary>
    private static SiteBudgets Definition(IReadOnlyList<PageWeight> every)
    {
        var heaviest = every.OrderByDescending(p => p.GzipBytes).ThenBy(p => p.Page, StringComparer.Ordinal).First();
        return new SiteBudgets(every.Max(p => p.ScriptGzipBytes), heaviest.Page, heaviest.GzipBytes);
    }

    private static HashSet<string> Keys(string language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Theme, "i18n", language + ".yml"))));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet();
    }

    [GeneratedRegex("""\{\{~?\s*(?:if\s+)?[^}]*?\bt\s+"([a-z_]+)"\s*""")]
    private static partial Regex UsedKey();

    [GeneratedRegex("""\.T\("([a-z_]+)"\)""")]
    private static partial Regex CodeKey();
}
