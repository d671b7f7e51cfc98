using Explainer.Publishing;

namespace Explainer.Build.Explainers;

/// <summary>Writes the explainer's social preview image (<see cref="SocialImage"/>): its hero copied, or one drawn from its title.</summary>
public sealed class WriteSocialImage : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        SocialImage.Write(explainer.Source.Article, explainer.RequirePage().Site.Title, explainer.Settings, explainer.Output);
        return true;
    }
}
