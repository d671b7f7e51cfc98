using Explainer.Publishing;

namespace Explainer.Build.Explainers;

/// <summary>Draws the explainer's social preview image from its title (<see cref="SocialImage"/>), unless its hero is an image, which is the preview.</summary>
public sealed class WriteSocialImage : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        var (article, data) = explainer.Source;
        if (PreviewImage.IsDrawn(article, data, explainer.Renditions))
        {
            SocialImage.Write(article, explainer.RequirePage().Site.Title, explainer.Settings, explainer.Output);
        }

        return true;
    }
}
