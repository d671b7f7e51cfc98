using Explainer.Engine;
using Explainer.Modules;
using Explainer.Pages;
using Explainer.Build.Explainers;
using Explainer.Build;

namespace Explainer.Build;

/// <summary>
/// The pipelines that build an Explainer site. site.yml, the templates and the UI strings are read
/// before they run (<see cref="SiteBuilder"/>) and shared as services.
/// </summary>
public static class SitePipelines
{
    public const string Assets = "Assets";
    public const string Explainers = "Explainers";
    public const string Pages = "Pages";
    public const string Feeds = "Feeds";

    /// <summary>Assets whose names stay fixed because other sites link to them.</summary>
    public static readonly string[] StableAssets = [Embeds.EmbedSnippet.HostScript];

    public static IReadOnlyList<Pipeline> Create() =>
    [
        new Pipeline(Assets)
            .WithInput(
                new ReadFiles("*", s => Path.Combine(s.ThemeFolder, "assets")),
                new ReadFiles("*/*.css", s => Path.Combine(s.ThemeFolder, "components")),
                new ReadFiles("*/*.js", s => Path.Combine(s.ThemeFolder, "components")))
            .WithProcess(new BundleComponentAssets(), new FingerprintAssets(StableAssets))
            .WithOutput(new WriteFiles()),

        // Each explainer goes through every step in one go, in parallel with the others, and is
        // dropped once its files are written (see BuildExplainers).
        new Pipeline(Explainers)
            .DependsOn(Assets)
            .WithInput(new ReadFiles("*/article.md", mediaType: "text/markdown", readContent: false))
            .WithProcess(new BuildExplainers(
                new ReuseUnchangedExplainer(),
                new ReadExplainer(),
                new WriteMedia(),
                new WriteSocialImage(),
                new LayOutPage(),
                new RenderPage(),
                new RenderEmbedPages(),
                new Summarise())),
        new Pipeline(Pages)
            .DependsOn(Explainers, Assets)
            .WithPostProcess(new RenderSitePages())
            .WithOutput(new WriteFiles()),
        new Pipeline(Feeds)
            .DependsOn(Explainers)
            .WithProcess(new WriteSiteFiles())
            .WithOutput(new WriteFiles()),
    ];
}
