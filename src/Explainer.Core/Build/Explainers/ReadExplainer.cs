using Explainer.Components;

namespace Explainer.Build.Explainers;

/// <summary>
/// Reads and checks the explainer (<see cref="ExplainerSource"/>): <c>article.md</c>,
/// <c>explainer.yml</c>, their references. An explainer with errors goes no further and writes
/// nothing; nor does one of a site whose site.yml could not be read: it is only checked, so that
/// all errors are reported at once.
/// </summary>
public sealed class ReadExplainer : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        if (ExplainerSource.Read(explainer.Slug, explainer.Settings, explainer.Diagnostics) is not { } source)
        {
            return false;
        }

        explainer.Source = source;
        return explainer.Page is not null && !explainer.Diagnostics.HasErrors;
    }
}
