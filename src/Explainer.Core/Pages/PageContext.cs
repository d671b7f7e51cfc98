using Explainer.Engine;
using Explainer.Modules;
using Explainer.Site;
using Explainer.Templates;
using Explainer.Build;

namespace Explainer.Pages;

/// <summary>What every page render shares: the resolved site, the fingerprinted assets, templates and strings.</summary>
public sealed record PageContext(
    ResolvedSite Resolved,
    SiteView SiteView,
    IReadOnlyDictionary<string, string> Assets,
    TemplateCatalog Catalog,
    UiStrings Strings)
{
    /// <summary>site.yml's settings, with the public URL the build decided.</summary>
    public SiteSettings Site => Resolved.Settings;

    public string BasePath => Resolved.BasePath;

    public Uri? BaseUrl => Resolved.BaseUrl;

    /// <summary>
    /// Reads it from the build's services and the Assets pipeline; null when site.yml could not be
    /// read. One per module run: it is cheap, but not free.
    /// </summary>
    public static PageContext? From(IExecutionContext context)
    {
        var settings = context.Settings;
        if (settings.TryGetService<ResolvedSite>() is not { } site)
        {
            return null;
        }

        var assets = context.OutputsOf(SitePipelines.Assets)
            .ToDictionary(d => d.Get<string>(FingerprintAssets.LogicalNameKey), d => d.Destination!, StringComparer.Ordinal);
        var file = site.Settings;
        return new PageContext(
            site,
            new SiteView(file.Title, file.Language, file.Description, site.BasePath, site.BaseUrl?.AbsoluteUri),
            assets,
            settings.GetService<TemplateCatalog>(),
            settings.GetService<UiStrings>());
    }

    public RenderScope Scope(string language) => new(BasePath, Assets, Strings.For(language), language);

    /// <summary>An absolute URL when the public URL is known, else a root-relative path.</summary>
    public string Public(string path) => Resolved.Public(path);
}
