using Explainer.Components.Media;
using Explainer.Components.Media.Audio;

namespace Explainer.Build.Explainers;

/// <summary>
/// Writes the explainer's media (<see cref="MediaFiles"/>): images resized to WebP, videos, audio
/// files, posters and captions copied; and reads each audio's length and transcript (<see cref="AudioTracks"/>).
/// </summary>
public sealed class WriteMedia : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        explainer.Renditions = MediaFiles.Write(explainer.Slug, explainer.Source.Data, explainer.Settings, explainer.Output);
        explainer.Audio = AudioTracks.ReadAll(explainer.Source.Data, explainer.Folder);
        return true;
    }
}
