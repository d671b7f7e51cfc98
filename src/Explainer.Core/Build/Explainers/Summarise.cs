using Explainer.Pages;

namespace Explainer.Build.Explainers;

/// <summary>
/// Keeps what goes on of the explainer, its <see cref="ExplainerSummary"/> (for the index, feed and
/// sitemap); with a <see cref="BuildCache"/>, records it with its files and reusable outputs when it
/// built without errors, so the next build can take it over.
/// </summary>
public sealed class Summarise : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        var view = explainer.View;
        var (article, data) = explainer.Source;
        var card = Publishing.PreviewImage.Card(article, data, explainer.Renditions);
        var summary = explainer.Summary = new ExplainerSummary(explainer.Slug, view.Url, view.Language, article.FrontMatter,
            new CardImage(explainer.RequirePage().BasePath + card.Path, card.Width, card.Height));
        if (explainer.Cache is { } cache && !explainer.Diagnostics.HasErrors)
        {
            var output = explainer.Output;
            cache.Record(explainer.Slug, new ExplainerRecord(explainer.Stamp!, summary, output.Files, output.Reusable), reused: false);
        }

        return true;
    }
}
