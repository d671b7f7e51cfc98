namespace Explainer.Components.Media.Audio;

/// <summary>One paragraph of a transcript: who speaks (when a WebVTT voice tag says so) and the lines spoken.</summary>
public sealed record TranscriptParagraph(string? Speaker, IReadOnlyList<string> Lines);

/// <summary>
/// The words of an audio as the page prints them under the player. Plain text (written in
/// explainer.yml or a <c>.txt</c> file) keeps its paragraphs (split at blank lines) and its line
/// breaks, which in a transcript often mark who speaks. A WebVTT file is read by <see cref="WebVtt"/>.
/// </summary>
public static class Transcript
{
    /// <summary>The paragraphs of plain text; empty when it holds nothing but white space.</summary>
    public static IReadOnlyList<TranscriptParagraph> FromText(string text) =>
        text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new TranscriptParagraph(null, p.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(p => p.Lines.Count > 0)
            .ToList();

    /// <summary>
    /// True when a <c>transcript:</c> value names a file rather than being the words themselves: one
    /// line ending in <c>.txt</c> or <c>.vtt</c>.
    /// </summary>
    public static bool NamesFile(string value) =>
        !value.Contains('\n', StringComparison.Ordinal)
        && (value.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when a value that names no transcript file still looks like a file name (one word with an
    /// extension, such as <c>media/interview.srt</c>): taken as the transcript's words, it would
    /// print the name. No transcript is a single word ending in <c>.xyz</c>.
    /// </summary>
    public static bool LooksLikeAnotherFile(string value)
    {
        if (NamesFile(value) || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var dot = value.LastIndexOf('.');
        var extension = dot < 0 ? string.Empty : value[(dot + 1)..];
        return dot > 0 && extension.Length is >= 2 and <= 5 && extension.All(char.IsAsciiLetterOrDigit) && extension.Any(char.IsAsciiLetter);
    }
}
