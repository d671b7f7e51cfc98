using BenchmarkDotNet.Attributes;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Templates;
using Explainer.Site;

namespace Explainer.Benchmarks;

/// <summary>One render of the explainer layout (with its partials) for the seed, and of an index of 1000 entries.</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private TemplateCatalog? _catalog;
    private RenderScope? _scope;
    private object _page = new();
    private object _index = new();

    [GlobalSetup]
    public void Setup()
    {
        _catalog = Seed.LoadTemplates(out var strings);
        var (article, data) = Seed.Read();
        var site = new SiteView(Seed.Site.Title, "de", Seed.Site.Description, "/", null);
        var assets = new Dictionary<string, string>
        {
            ["site.css"] = "assets/site.0123456789.css",
            ["explainer.js"] = "assets/explainer.0123456789.js",
            ["favicon.svg"] = "assets/favicon.0123456789.svg",
            ["embed.js"] = "assets/embed.js",
        };
        var page = new PageContext(ResolvedSite.Of(Seed.Site, null), site, assets, _catalog, strings);
        var view = ExplainerView.From(article, data, Seed.Site, "/", strings.For, new Dictionary<string, Explainer.Components.Media.MediaRendition>(), _catalog.ComponentTemplates)
            .WithEmbedPattern(page);
        _scope = page.Scope("de");
        _page = new { site, page = view };
        // One index page listing 1000 (index_page_size allows up to 1000; the default is 50).
        var pagination = new PaginationView(1, 1, "Seite 1 von 1", Seed.Site.Title, null, null, null, []);
        _index = new { site, explainers = Enumerable.Repeat(view, 1000).ToList(), pagination };
    }

    [Benchmark(Description = "render explainer page (seed)")]
    public string RenderPage()
    {
        var diagnostics = new DiagnosticBag();
        return _catalog!.Render("explainer", _page, _scope!, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
    }

    [Benchmark(Description = "render index (1000 entries)")]
    public string RenderIndex()
    {
        var diagnostics = new DiagnosticBag();
        return _catalog!.Render("index", _index, _scope!, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
    }
}
