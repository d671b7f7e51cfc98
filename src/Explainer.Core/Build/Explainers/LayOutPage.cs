using Explainer.Pages;

namespace Explainer.Build.Explainers;

/// <summary>Lays out the explainer's page (<see cref="ExplainerView"/>): its body with the components, metadata, embeddable sections.</summary>
public sealed class LayOutPage : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        var (article, data) = explainer.Source;
        var page = explainer.RequirePage();
        var renditions = explainer.Renditions;
        explainer.View = ExplainerView.From(article, data, page.Site, page.BasePath, page.Strings.For, renditions, page.Catalog.ComponentTemplates,
            explainer.Settings.TryGetService<Modules.ImageCache>(), explainer.Audio).WithEmbedPattern(page);
        explainer.Settings.TryGetService<Diagnostics.BuildWarnings>()?.AddRange(explainer.View.Warnings);
        return true;
    }
}
