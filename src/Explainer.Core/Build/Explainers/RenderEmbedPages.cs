using Explainer.Embeds;

namespace Explainer.Build.Explainers;

/// <summary>Renders and writes the explainer's embed pages, one per embeddable section, and their <c>oembed.json</c> (<see cref="EmbedPages"/>).</summary>
public sealed class RenderEmbedPages : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        EmbedPages.Write(explainer.RequirePage(), explainer.View, explainer.Renderer, explainer.Output, explainer.Diagnostics);
        return true;
    }
}
