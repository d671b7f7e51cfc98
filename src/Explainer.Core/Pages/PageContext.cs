using Explainer.Engine;
using Explainer.Modules;
using Explainer.Site;
using Explainer.Templates;

namespace Explainer.Pages;

/// <summary>What every page render shares: the site, its public URL and base path, the fingerprinted assets, templates and strings.</summary>
public sealed record PageContext(
    SiteSettings Site,
    SiteView SiteView,
    string BasePath,
    Uri? BaseUrl,
    IReadOnlyDictionary<string, string> Assets,
    TemplateCatalog Catalog,
    UiStrings Strings)
{
    /// <summary>
    /// Reads it from the build's services and the Assets pipeline; null when site.yml could not be
    /// read. One per module run: it is cheap, but not free.
    /// </summary>
    public static PageContext? From(IExecutionContext context)
    {
        var settings = context.Settings;
        var site = settings.TryGetService<SiteSettings>();
        if (site is null)
        {
            return null;
        }

        var baseUrl = settings.BaseUrl ?? site.BaseUrl;
        // The path of site.yml's base_url counts as much as --base-url's: links must carry /repo/ either way.
        var basePath = SiteBaseUrl.BasePathOf(baseUrl);
        var assets = context.OutputsOf(SitePipelines.Assets)
            .ToDictionary(d => d.Get<string>(FingerprintAssets.LogicalNameKey), d => d.Destination!, StringComparer.Ordinal);
        return new PageContext(
            site with { BaseUrl = baseUrl },
            new SiteView(site.Title, site.Language, site.Description, basePath, baseUrl?.AbsoluteUri),
            basePath,
            baseUrl,
            assets,
            settings.GetService<TemplateCatalog>(),
            settings.GetService<UiStrings>());
    }

    public RenderScope Scope(string language) => new(BasePath, Assets, Strings.For(language), language);

    /// <summary>An absolute URL when the public URL is known, else a root-relative path.</summary>
    public string Public(string path) => BaseUrl is { } b ? new Uri(b, path).AbsoluteUri : BasePath + path;
}
