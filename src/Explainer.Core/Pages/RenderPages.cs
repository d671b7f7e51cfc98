using Explainer.Engine;
using Explainer.Site;

namespace Explainer.Pages;

/// <summary>
/// Renders the explainer pages composed by <see cref="ComposePages"/>, the index and the 404 page
/// with the theme's layouts. Runs in PostProcess, when every pipeline's Process is done.
/// </summary>
public sealed class RenderPages : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (PageContext.From(context) is not { } page)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var views = inputs.Select(d => d.Get<ExplainerView>(ComposePages.ViewKey)).ToList();
        var results = new Document?[views.Count + 2];
        Parallel.For(0, views.Count, context.ParallelOptions(), i =>
        {
            var html = page.Catalog.Render("explainer", new { site = page.SiteView, page = views[i] }, page.Scope(views[i].Language), context.Diagnostics);
            results[i] = html is null ? null : inputs[i].WithContent(html);
        });

        var scope = page.Scope(page.Site.Language);
        var index = page.Catalog.Render("index", new { site = page.SiteView, explainers = IndexOrder.Apply(views, page.Site) }, scope, context.Diagnostics);
        results[^2] = index is null ? null : Document.Create(null, "index.html", "text/html", index);
        if (page.Catalog.HasLayout("404"))
        {
            var notFound = page.Catalog.Render("404", new { site = page.SiteView }, scope, context.Diagnostics);
            results[^1] = notFound is null ? null : Document.Create(null, "404.html", "text/html", notFound);
        }

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
