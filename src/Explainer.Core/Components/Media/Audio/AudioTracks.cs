using Explainer.Diagnostics;

namespace Explainer.Components.Media.Audio;

/// <summary>An audio as its page shows it: how long it plays, and its transcript.</summary>
public sealed record AudioTrack(TimeSpan Length, IReadOnlyList<TranscriptParagraph> Transcript);

/// <summary>
/// Reads each audio's file and transcript from the explainer's folder: when the explainer is
/// checked (<see cref="MediaComponent.Check"/>), so that a file that is not audio, or a transcript
/// file that is missing or not WebVTT, is reported with every other error; and again for the page
/// (a few kilobytes of headers, cheaper than keeping them).
/// </summary>
public static class AudioTracks
{
    /// <summary>Every audio of the explainer, by media id; throws a <see cref="ContentException"/> with the problems when one cannot be read.</summary>
    public static IReadOnlyDictionary<string, AudioTrack> ReadAll(ExplainerData data, string folder)
    {
        var diagnostics = new DiagnosticBag();
        var tracks = new Dictionary<string, AudioTrack>(StringComparer.Ordinal);
        foreach (var item in data.Of<MediaItem>())
        {
            if (item.Audio is { } audio && Read(item.Id, audio, folder, diagnostics) is { } track)
            {
                tracks[item.Id] = track;
            }
        }

        return diagnostics.HasErrors ? throw new ContentException(diagnostics.ToSortedList()) : tracks;
    }

    /// <summary>One audio's length and transcript; null, with the problems in <paramref name="diagnostics"/>, when either cannot be read.</summary>
    /// <param name="folder">The explainer's folder, which the paths are relative to.</param>
    public static AudioTrack? Read(string id, AudioSpec audio, string folder, DiagnosticBag diagnostics)
    {
        // A missing file is reported with the other missing files (MediaComponent.Check).
        var src = Path.Combine(folder, audio.Src);
        var length = File.Exists(src) ? Length(id, audio, src, diagnostics) : null;

        var transcript = ReadTranscript(id, audio, folder, diagnostics);
        return length is { } l && transcript is not null ? new AudioTrack(l, transcript) : null;
    }

    private static TimeSpan? Length(string id, AudioSpec audio, string path, DiagnosticBag diagnostics)
    {
        try
        {
            var (container, length) = AudioLength.Read(path);
            if (AudioFormats.Of(path) is { } named && named != container)
            {
                diagnostics.Add(audio.SrcAt, ErrorCodes.FileUnreadable,
                    $"audio '{id}': '{audio.Src}' is an {AudioFormats.Describe(container)} file, not {AudioFormats.Describe(named)} as its name says: name it {AudioFormats.ExtensionFor(container)}");
                return null;
            }

            return length;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            var reason = e is EndOfStreamException ? "it ends where its headers say more follows (the file is cut off)" : e.Message;
            diagnostics.Add(audio.SrcAt, ErrorCodes.FileUnreadable,
                $"audio '{id}': '{audio.Src}' is not an audio file this tool can read (MP3, M4A, Ogg Vorbis or Opus): {reason}");
            return null;
        }
    }

    private static IReadOnlyList<TranscriptParagraph>? ReadTranscript(string id, AudioSpec audio, string folder, DiagnosticBag diagnostics)
    {
        if (!audio.TranscriptIsFile)
        {
            return Transcript.FromText(audio.Transcript);
        }

        var path = Path.Combine(folder, audio.Transcript);
        if (!File.Exists(path))
        {
            diagnostics.Add(audio.TranscriptAt, ErrorCodes.FileUnreadable,
                $"audio '{id}' names the transcript file '{audio.Transcript}', which does not exist next to explainer.yml");
            return null;
        }

        // Messages about the file's text name the file, as they name explainer.yml: beside it.
        var display = Path.Combine(Path.GetDirectoryName(audio.TranscriptAt.Path) ?? string.Empty, audio.Transcript).Replace('\\', '/');
        var text = ExplainerSource.ReadText(path);
        var errors = diagnostics.Count;
        ForbiddenCharacters.Check(text, display, diagnostics);
        if (diagnostics.Count > errors)
        {
            return null;
        }

        IReadOnlyList<TranscriptParagraph> paragraphs;
        try
        {
            paragraphs = audio.Transcript.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase) ? WebVtt.Read(text) : Transcript.FromText(text);
        }
        catch (WebVttException e)
        {
            diagnostics.Add(new SourceLocation(display, e.Line, 1), ErrorCodes.FileUnreadable, $"the transcript of audio '{id}': {e.Message}");
            return null;
        }

        if (paragraphs.Count == 0)
        {
            diagnostics.Add(audio.TranscriptAt, ErrorCodes.MissingField, $"the transcript file '{audio.Transcript}' of audio '{id}' holds no words");
            return null;
        }

        return paragraphs;
    }
}
