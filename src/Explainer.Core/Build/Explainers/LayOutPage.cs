using Explainer.Pages;

namespace Explainer.Build.Explainers;

/// <summary>
/// Lays out the explainer's page (<see cref="ExplainerView"/>): its body with the components, metadata,
/// embeddable sections; a language without UI strings is written in English with a warning (XPL0117).
/// </summary>
public sealed class LayOutPage : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        var (article, data) = explainer.Source;
        var page = explainer.RequirePage();
        var renditions = explainer.Renditions;
        explainer.View = ExplainerView.From(article, data, page.Site, page.BasePath, page.Strings.For, renditions, page.Catalog.ComponentTemplates,
            explainer.Settings.TryGetService<Modules.ImageCache>(), explainer.Audio).WithEmbedPattern(page);
        var warnings = explainer.Settings.TryGetService<Diagnostics.BuildWarnings>();
        warnings?.AddRange(explainer.View.Warnings);
        if (page.Strings.MissingLanguageWarning(explainer.View.Language) is { } noStrings)
        {
            warnings?.AddRange([noStrings]);
        }

        return true;
    }
}
