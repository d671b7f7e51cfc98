using Explainer.Modules;

namespace Explainer.Build.Explainers;

/// <summary>
/// Takes over an explainer whose files did not change since the last good build
/// (<c>explainer serve</c>, <see cref="BuildCache"/>): its files stay in the site as they are and its
/// summary goes on; nothing of it is read. Otherwise notes the stamps of its files before the next
/// steps read them.
/// </summary>
public sealed class ReuseUnchangedExplainer : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        if (explainer.Cache is not { } cache)
        {
            return true;
        }

        string? stamp = null;
        if (explainer is { Page: not null, Previous: { } previous } && !cache.IsDirty(explainer.Folder)
            && (cache.ChangesReported || previous.Stamp == (stamp = FileStamps.OfFolder(explainer.Folder))))
        {
            cache.Record(explainer.Slug, previous, reused: true);
            explainer.Output.Keep(previous.Files);
            explainer.Summary = previous.Summary;
            return false;
        }

        explainer.Stamp = stamp ?? FileStamps.OfFolder(explainer.Folder);
        return true;
    }
}
