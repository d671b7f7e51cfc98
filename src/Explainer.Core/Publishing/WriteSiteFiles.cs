using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Site;

namespace Explainer.Publishing;

/// <summary>
/// The files a published site needs besides its pages: <c>.nojekyll</c> (GitHub Pages serves files
/// as they are), and, when the public URL is known, <c>sitemap.xml</c> and the Atom <c>feed.xml</c>
/// of the explainers the index lists. No robots.txt: a project site's would not be read.
/// </summary>
public sealed class WriteSiteFiles : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var result = new List<Document> { Document.Create(null, ".nojekyll", "text/plain", string.Empty) };
        var site = context.OutputsOf(SitePipelines.Site).Select(d => d.Get<SiteSettings>(ParseSiteSettings.Key)).FirstOrDefault();
        var baseUrl = context.Settings.BaseUrl ?? site?.BaseUrl;
        if (site is null || baseUrl is null)
        {
            context.LogDetail("no base URL (site.yml base_url or --base-url): sitemap.xml and feed.xml need absolute URLs and are not written");
            return Task.FromResult<IReadOnlyList<Document>>(result);
        }

        var listed = context.OutputsOf(SitePipelines.Content)
            .Select(d => d.Get<Article>(ParseArticles.Key))
            .Where(a => !site.Hidden.Contains(a.Slug, StringComparer.Ordinal))
            .OrderBy(a => a.Slug, StringComparer.Ordinal)
            .Select(a => new ListedExplainer(a.Slug, new Uri(baseUrl, a.Slug + "/"), a.FrontMatter))
            .ToList();
        result.Add(Document.Create(null, "sitemap.xml", "application/xml", SiteIndex.Sitemap(baseUrl, listed)));
        result.Add(Document.Create(null, "feed.xml", "application/atom+xml", SiteIndex.Feed(baseUrl, site, listed)));
        return Task.FromResult<IReadOnlyList<Document>>(result);
    }
}
