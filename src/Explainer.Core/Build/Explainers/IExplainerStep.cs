namespace Explainer.Build.Explainers;

/// <summary>
/// One step of an explainer's way from its files to its written pages. <see cref="BuildExplainers"/>
/// runs the steps in order on each explainer, explainers in parallel; a step keeps no state of its
/// own: what an explainer has so far is in its <see cref="ExplainerWork"/>.
/// </summary>
public interface IExplainerStep
{
    /// <summary>Does the step's work on one explainer; false when the explainer goes no further.</summary>
    bool Run(ExplainerWork explainer);
}
