using Explainer.Components.Media;

namespace Explainer.Build.Explainers;

/// <summary>Writes the explainer's media (<see cref="MediaFiles"/>): images resized to WebP, videos, posters and captions copied.</summary>
public sealed class WriteMedia : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        explainer.Renditions = MediaFiles.Write(explainer.Slug, explainer.Source.Data, explainer.Settings, explainer.Output);
        return true;
    }
}
