using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Components.Media.Audio;

/// <summary>
/// A WebVTT file read as a transcript, to be read rather than followed along: the cues' text in
/// order, without their timings (the player shows the time, and a list of time stamps makes the
/// text hard to read). Cues are joined into paragraphs; a new one begins where the voice
/// (<c>&lt;v Name&gt;</c>) changes, its name printed before it, or after a pause of at least
/// <see cref="ParagraphPause"/>. Other tags are dropped, character references decoded; comments
/// (<c>NOTE</c>), style and region blocks are skipped.
/// </summary>
public static partial class WebVtt
{
    /// <summary>The silence between two cues that starts a new paragraph.</summary>
    public static readonly TimeSpan ParagraphPause = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The transcript in <paramref name="text"/>. A file that is not WebVTT, or a block that is
    /// neither a cue nor a comment, style or region, throws a <see cref="WebVttException"/> naming the line.
    /// </summary>
    public static IReadOnlyList<TranscriptParagraph> Read(string text)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (!Signature().IsMatch(lines[0]))
        {
            throw Error(1, "it does not begin with the line WEBVTT, so it is no WebVTT file");
        }

        var paragraphs = new List<TranscriptParagraph>();
        var current = new StringBuilder();
        string? voiceNow = null, printedSpeaker = null;
        TimeSpan? lastEnd = null;

        void Close()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(new TranscriptParagraph(printedSpeaker, [current.ToString()]));
                current.Clear();
            }
        }

        // The header block runs to the first blank line; each block after it is a cue or is skipped.
        var i = Array.FindIndex(lines, string.IsNullOrWhiteSpace);
        while (i >= 0 && i < lines.Length)
        {
            while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            var start = i;
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            if (start == i || IsSkipped(lines[start]))
            {
                continue;
            }

            // An optional identifier, then the timings line.
            var timing = lines[start].Contains("-->", StringComparison.Ordinal) ? start : start + 1;
            if (timing >= i || Timing().Match(lines[timing]) is not { Success: true } match)
            {
                throw Error(start + 1, "this block is no cue: a cue is an optional name, then a line of timings such as 00:01.000 --> 00:04.000, then its text");
            }

            var (cueStart, cueEnd) = (Time(match.Groups["start"].Value), Time(match.Groups["end"].Value));
            var (voice, words) = Payload(string.Join(' ', lines[(timing + 1)..i]));
            if (words.Length == 0)
            {
                continue;
            }

            // The speaker's name is printed where the voice changes, not again after a pause.
            var newVoice = voice is not null && voice != voiceNow;
            if (newVoice || lastEnd is null || cueStart - lastEnd >= ParagraphPause)
            {
                Close();
                printedSpeaker = newVoice ? voice : null;
                voiceNow = voice ?? voiceNow;
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(words);
            lastEnd = cueEnd;
        }

        Close();
        return paragraphs;
    }

    /// <summary>The voice of a cue (its first <c>&lt;v&gt;</c> tag) and its words without tags, references decoded, spaces collapsed.</summary>
    private static (string? Voice, string Words) Payload(string payload)
    {
        var voice = Voice().Match(payload) is { Success: true } v ? WebUtility.HtmlDecode(v.Groups["name"].Value).Trim() : null;
        var words = WebUtility.HtmlDecode(Tag().Replace(payload, string.Empty));
        words = Spaces().Replace(words, " ").Trim();
        return (string.IsNullOrEmpty(voice) ? null : voice, words);
    }

    private static bool IsSkipped(string line) =>
        Array.Exists(["NOTE", "STYLE", "REGION"], k => line == k || line.StartsWith(k + " ", StringComparison.Ordinal) || line.StartsWith(k + "\t", StringComparison.Ordinal));

    private static TimeSpan Time(string text)
    {
        var parts = text.Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        var hours = parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds);
    }

    private static WebVttException Error(int line, string message) => new(line, message);

    [GeneratedRegex(@"^WEBVTT(?:[ \t].*)?$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^\s*(?<start>(?:\d{2,}:)?\d{2}:\d{2}\.\d{3})[ \t]+-->[ \t]+(?<end>(?:\d{2,}:)?\d{2}:\d{2}\.\d{3})(?:[ \t].*)?$")]
    private static partial Regex Timing();

    [GeneratedRegex(@"<v(?:\.[^ \t>]*)?[ \t]+(?<name>[^>]*)>")]
    private static partial Regex Voice();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>A WebVTT file that cannot be read as a transcript; <see cref="Line"/> is where (1-based).</summary>
public sealed class WebVttException(int line, string message) : FormatException(message)
{
    public int Line { get; } = line;
}
