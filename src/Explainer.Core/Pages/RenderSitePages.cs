using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Site;
using Scriban.Runtime;
using Explainer.Build.Explainers;
using Explainer.Build;

namespace Explainer.Pages;

/// <summary>
/// Renders the site's own pages with the theme's layouts: the index of the explainers (from their
/// summaries, see <see cref="BuildExplainers"/>; in pages, see <see cref="IndexPages"/>) and the
/// 404 page, in the site's language (in English with warning XPL0117 when the theme has no strings
/// for it). Runs in PostProcess, when every explainer is done.
/// </summary>
public sealed class RenderSitePages : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (PageContext.From(context) is not { } page)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var results = new List<Document>();
        var scope = page.Scope(page.Site.Language);
        if (page.Strings.MissingLanguageWarning(page.Site.Language) is { } noStrings)
        {
            context.Settings.TryGetService<BuildWarnings>()?.AddRange([noStrings]);
        }

        var explainers = IndexOrder.Apply(Summaries.Of(context), page.Site);
        var pageOf = scope.Strings.Get("page_of");
        using var renderer = page.Catalog.Renderer(new ScriptObject { ["site"] = page.SiteView }, scope);

        foreach (var index in IndexPages.Split(explainers, page.Site.IndexPageSize, page, pageOf))
        {
            renderer.Globals["explainers"] = index.Explainers;
            renderer.Globals["pagination"] = index.Pagination;
            if (renderer.Render("index", context.Diagnostics) is { } html)
            {
                results.Add(Document.Create(null, index.Path, "text/html", html));
            }
        }

        if (page.Catalog.HasLayout("404"))
        {
            var notFound = page.Catalog.Render("404", new { site = page.SiteView }, scope, context.Diagnostics);
            if (notFound is not null)
            {
                results.Add(Document.Create(null, "404.html", "text/html", notFound));
            }
        }

        return Task.FromResult<IReadOnlyList<Document>>(results);
    }
}

/// <summary>The summaries of the explainers the Explainers pipeline built, in slug order.</summary>
public static class Summaries
{
    public static IReadOnlyList<ExplainerSummary> Of(IExecutionContext context) =>
        context.OutputsOf(SitePipelines.Explainers)
            .Select(d => d.TryGet<ExplainerSummary>(BuildExplainers.SummaryKey, out var s) ? s : null)
            .OfType<ExplainerSummary>()
            .ToList();
}

/// <summary>The explainers the index lists: site.yml's order first, then newest first; hidden ones left out.</summary>
public static class IndexOrder
{
    public static IReadOnlyList<ExplainerSummary> Apply(IReadOnlyList<ExplainerSummary> explainers, SiteSettings site)
    {
        var rank = site.Order.Select((slug, i) => (slug, i)).ToDictionary(x => x.slug, x => x.i, StringComparer.Ordinal);
        var hidden = site.Hidden.ToHashSet(StringComparer.Ordinal);
        return explainers
            .Where(v => !hidden.Contains(v.Slug))
            .OrderBy(v => rank.TryGetValue(v.Slug, out var r) ? r : int.MaxValue)
            .ThenByDescending(v => v.Published ?? DateTimeOffset.MinValue)
            .ThenBy(v => v.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
