using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Site;
using Explainer.Templates;

namespace Explainer.Pages;

/// <summary>
/// Renders the explainer pages and the index with the theme's layouts. Runs in PostProcess, when
/// every pipeline's Process is done, so that it can see the site, the articles and the assets.
/// </summary>
public sealed class RenderPages : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var settings = context.Settings;
        var catalog = settings.GetService<TemplateCatalog>();
        var strings = settings.GetService<UiStrings>();
        var site = context.OutputsOf(SitePipelines.Site).Select(d => d.Get<SiteSettings>(ParseSiteSettings.Key)).FirstOrDefault();
        if (site is null)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var basePath = settings.BasePath;
        var baseUrl = settings.BaseUrl ?? site.BaseUrl;
        var assets = context.OutputsOf(SitePipelines.Assets)
            .ToDictionary(d => d.Get<string>(FingerprintAssets.LogicalNameKey), d => d.Destination!, StringComparer.Ordinal);
        var siteView = new SiteView(site.Title, site.Language, site.Description, basePath, baseUrl?.AbsoluteUri);
        var siteWithUrl = site with { BaseUrl = baseUrl };

        var articles = context.OutputsOf(SitePipelines.Content);
        var views = articles.Select(d => ExplainerView.From(d.Get<Article>(ParseArticles.Key), siteWithUrl, basePath)).ToList();
        var results = new Document?[views.Count + 1];
        Parallel.For(0, views.Count, context.ParallelOptions(), i =>
        {
            var view = views[i];
            var scope = new RenderScope(basePath, assets, strings.For(view.Language), view.Language);
            var html = catalog.Render("explainer", new { site = siteView, page = view }, scope, context.Diagnostics);
            results[i] = html is null ? null : articles[i].WithContent(html);
        });

        var listed = IndexOrder.Apply(views, site);
        var indexScope = new RenderScope(basePath, assets, strings.For(site.Language), site.Language);
        var index = catalog.Render("index", new { site = siteView, explainers = listed }, indexScope, context.Diagnostics);
        results[^1] = index is null ? null : Document.Create(null, "index.html", "text/html", index);
        return Task.FromResult<IReadOnlyList<Document>>(results.OfType<Document>().ToList());
    }
}

/// <summary>The explainers the index lists: site.yml's order first, then newest first; hidden ones left out.</summary>
public static class IndexOrder
{
    public static IReadOnlyList<ExplainerView> Apply(IReadOnlyList<ExplainerView> views, SiteSettings site)
    {
        var rank = site.Order.Select((slug, i) => (slug, i)).ToDictionary(x => x.slug, x => x.i, StringComparer.Ordinal);
        var hidden = site.Hidden.ToHashSet(StringComparer.Ordinal);
        return views
            .Where(v => !hidden.Contains(v.Slug))
            .OrderBy(v => rank.TryGetValue(v.Slug, out var r) ? r : int.MaxValue)
            .ThenByDescending(v => v.Published ?? DateTimeOffset.MinValue)
            .ThenBy(v => v.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
