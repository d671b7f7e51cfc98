using System.Buffers;
using System.Globalization;
using System.Text;

namespace Explainer.Diagnostics;

/// <summary>
/// Finds characters that no page may contain: control characters other than tab, line feed and
/// carriage return, and Unicode noncharacters such as U+FFFF. HTML makes each of them a parse error,
/// YAML does not allow them at all, and no author means one: they come with pasted text, and most
/// editors do not show them. Each line that has one is an error naming the first.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>
    /// Every UTF-16 unit that can be or begin to be a forbidden character: the forbidden ones of the
    /// Basic Multilingual Plane, and the low surrogates that end U+nFFFE and U+nFFFF. Nearly every
    /// text has none, and a vectorised search for them reads a 1000-explainer site's text in a few
    /// milliseconds, where the rune-by-rune loop took about 100 ms of CPU.
    /// </summary>
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        [.. Range(0x00, 0x08), '\v', '\f', .. Range(0x0E, 0x1F), .. Range(0x7F, 0x9F), .. Range(0xFDD0, 0xFDEF), '\uFFFE', '\uFFFF', '\uDFFE', '\uDFFF']);

    public static void Check(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny(Suspects))
        {
            return;
        }

        var (line, lineStart, reported) = (1, 0, 0);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                (line, lineStart) = (line + 1, index + 1);
            }
            else if (reported < line && Describe(rune) is { } found)
            {
                diagnostics.Add(new SourceLocation(displayPath, line, index - lineStart + 1), ErrorCodes.FileUnreadable,
                    $"the {found} cannot stand in a web page: remove it (an editor may not show it)");
                reported = line;
            }

            index += rune.Utf16SequenceLength;
        }
    }

    /// <summary>The first forbidden character in <paramref name="text"/>, e.g. "control character U+0001", or null.</summary>
    public static string? FirstIn(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(Suspects))
        {
            return null;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (Describe(rune) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? Describe(Rune rune) => rune.Value switch
    {
        '\t' or '\n' or '\r' => null,
        < 0x20 or (>= 0x7F and <= 0x9F) => Named("control character", rune),
        >= 0xFDD0 and <= 0xFDEF => Named("noncharacter", rune),
        var value when (value & 0xFFFE) == 0xFFFE => Named("noncharacter", rune),
        _ => null,
    };

    private static IEnumerable<char> Range(int first, int last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);

    private static string Named(string kind, Rune rune) => string.Create(CultureInfo.InvariantCulture, $"{kind} U+{rune.Value:X4}");
}
