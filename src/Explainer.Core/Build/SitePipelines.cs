using Explainer.Engine;
using Explainer.Modules;
using Explainer.Pages;

namespace Explainer;

/// <summary>The pipelines that build an Explainer site.</summary>
public static class SitePipelines
{
    public const string Site = "Site";
    public const string Content = "Content";
    public const string Assets = "Assets";
    public const string Media = "Media";
    public const string Social = "Social";
    public const string Feeds = "Feeds";
    public const string Pages = "Pages";
    public const string Embeds = "Embeds";

    /// <summary>Assets whose names stay fixed because other sites link to them.</summary>
    public static readonly string[] StableAssets = ["embed.js"];

    public static IReadOnlyList<Pipeline> Create() =>
    [
        new Pipeline(Site)
            .WithInput(new ReadFiles("site.yml", mediaType: "application/yaml"))
            .WithProcess(new ParseSiteSettings()),
        new Pipeline(Content)
            .WithInput(new ReadFiles("*/article.md", mediaType: "text/markdown"))
            .WithProcess(new ParseArticles()),
        new Pipeline(Assets)
            .WithInput(
                new ReadFiles("*", s => Path.Combine(s.ThemeFolder, "assets")),
                new ReadFiles("*/*.css", s => Path.Combine(s.ThemeFolder, "components")),
                new ReadFiles("*/*.js", s => Path.Combine(s.ThemeFolder, "components")))
            .WithProcess(new BundleComponentAssets(), new FingerprintAssets(StableAssets))
            .WithOutput(new WriteFiles()),
        new Pipeline(Media)
            .DependsOn(Content)
            .WithProcess(new Components.Media.ResizeImages())
            .WithOutput(new WriteFiles()),
        new Pipeline(Social)
            .DependsOn(Site, Content)
            .WithProcess(new Publishing.WriteSocialImages())
            .WithOutput(new WriteFiles()),
        new Pipeline(Feeds)
            .DependsOn(Site, Content)
            .WithProcess(new Publishing.WriteSiteFiles())
            .WithOutput(new WriteFiles()),
        new Pipeline(Pages)
            .DependsOn(Site, Content, Assets, Media)
            .WithProcess(new ComposePages())
            .WithPostProcess(new RenderPages())
            .WithOutput(new WriteFiles()),
        new Pipeline(Embeds)
            .DependsOn(Pages, Site, Assets)
            .WithPostProcess(new Explainer.Embeds.RenderEmbeds())
            .WithOutput(new WriteFiles()),
    ];
}
