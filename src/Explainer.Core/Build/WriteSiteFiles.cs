using Explainer.Engine;
using Explainer.Pages;
using Explainer.Site;
using Explainer.Publishing;

namespace Explainer.Build;

/// <summary>
/// The files a published site needs besides its pages: <c>.nojekyll</c> (GitHub Pages serves files
/// as they are), and, when the public URL is known, <c>sitemap.xml</c> and the Atom <c>feed.xml</c>
/// of the explainers the index lists, from their summaries. No robots.txt: a project site's would
/// not be read.
/// </summary>
public sealed class WriteSiteFiles : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var result = new List<Document> { Document.Create(null, ".nojekyll", "text/plain", string.Empty) };
        if (context.Settings.TryGetService<ResolvedSite>() is not { BaseUrl: { } baseUrl } site)
        {
            context.LogDetail("no base URL (site.yml base_url or --base-url): sitemap.xml and feed.xml need absolute URLs and are not written");
            return Task.FromResult<IReadOnlyList<Document>>(result);
        }

        var hidden = site.Settings.Hidden.ToHashSet(StringComparer.Ordinal);
        var listed = Summaries.Of(context)
            .Where(e => !hidden.Contains(e.Slug))
            .OrderBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => new ListedExplainer(e.Slug, new Uri(baseUrl, e.Slug + "/"), e.FrontMatter))
            .ToList();
        result.Add(Document.Create(null, "sitemap.xml", "application/xml", SiteIndex.Sitemap(baseUrl, listed)));
        result.Add(Document.Create(null, "feed.xml", "application/atom+xml", SiteIndex.Feed(baseUrl, site.Settings, listed)));
        return Task.FromResult<IReadOnlyList<Document>>(result);
    }
}
