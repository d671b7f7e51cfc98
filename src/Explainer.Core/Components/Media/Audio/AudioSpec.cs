using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Media.Audio;

/// <summary>
/// What a <c>type: audio</c> media entry adds to the others: its transcript (the words, or a
/// <c>.txt</c> or <c>.vtt</c> file next to explainer.yml), and where its file and transcript are
/// written, so that an error about the files (<see cref="AudioTracks"/>) points there.
/// </summary>
/// <param name="Src">The audio file, next to explainer.yml.</param>
/// <param name="Transcript">The transcript's words, or its file's path when <paramref name="TranscriptIsFile"/>.</param>
public sealed record AudioSpec(string Src, string Transcript, bool TranscriptIsFile, SourceLocation SrcAt, SourceLocation TranscriptAt)
{
    /// <summary>The keys only an audio takes.</summary>
    public static readonly string[] Keys = ["transcript"];

    /// <summary>
    /// Reads the audio's keys from its entry, reporting every problem: the file's kind, a missing
    /// transcript (an audio without one shuts out readers who cannot hear it), keys of other types.
    /// Null when the entry cannot be shown.
    /// </summary>
    /// <param name="src">The entry's <c>src</c>, already read and checked as a path (null when missing or refused).</param>
    public static AudioSpec? Read(YamlMap map, string id, string? src)
    {
        foreach (var key in new[] { "alt", "captions", "url", "provider" }.Where(map.Has))
        {
            map.Context.Error(map.NodeOf(key)!, ErrorCodes.InvalidValue, key switch
            {
                "alt" => $"audio '{id}' takes no 'alt': its transcript is the text for readers who cannot hear it, and its poster is decoration",
                "captions" => $"audio '{id}' takes no 'captions': name the .vtt file as its 'transcript'",
                _ => $"audio '{id}' plays the file named by 'src' from the site itself: it takes no '{key}'",
            });
        }

        if (!map.Has("src"))
        {
            map.String("src", required: true, where: $"audio '{id}'");
        }
        else if (src is not null && AudioFormats.Of(src) is null)
        {
            map.Context.Error(map.NodeOf("src")!, ErrorCodes.InvalidValue, $"the src of audio '{id}' must be an {AudioFormats.Names} file, not '{src}'");
            src = null;
        }

        var transcript = ReadTranscript(map, id);
        return src is null || transcript is null
            ? null
            : new AudioSpec(src, transcript.Value.Text, transcript.Value.IsFile, map.LocationOf("src"), map.LocationOf("transcript"));
    }

    private static (string Text, bool IsFile)? ReadTranscript(YamlMap map, string id)
    {
        var node = map.NodeOf("transcript");
        var value = map.String("transcript");
        if (string.IsNullOrWhiteSpace(value))
        {
            if (node is null or YamlScalarNode)
            {
                map.Context.Error(node ?? map.Node, ErrorCodes.MissingField,
                    $"audio '{id}' needs a 'transcript': the words spoken, written here or in a .txt or .vtt file next to explainer.yml; without it, readers who cannot hear the audio get nothing of it");
            }

            return null;
        }

        if (Audio.Transcript.LooksLikeAnotherFile(value))
        {
            map.Context.Error(node!, ErrorCodes.InvalidValue,
                $"the transcript of audio '{id}' names '{value}': a transcript file must be a .txt file or a WebVTT (.vtt) file; or write the words themselves here");
            return null;
        }

        if (!Audio.Transcript.NamesFile(value))
        {
            return (value, false);
        }

        // A file is a path next to explainer.yml, checked as src is.
        var path = MediaItem.FilePath(map, "transcript");
        return path is null ? null : (path, true);
    }
}
