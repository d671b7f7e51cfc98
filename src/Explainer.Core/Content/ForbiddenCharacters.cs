using System.Globalization;
using System.Text;
using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>
/// Finds characters that no page may contain: control characters other than tab, line feed and
/// carriage return, and Unicode noncharacters such as U+FFFF. HTML makes each of them a parse error,
/// YAML does not allow them at all, and no author means one: they come with pasted text, and most
/// editors do not show them. Each line that has one is an error naming the first.
/// </summary>
public static class ForbiddenCharacters
{
    public static void Check(string text, string displayPath, DiagnosticBag diagnostics)
    {
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

    private static string Named(string kind, Rune rune) => string.Create(CultureInfo.InvariantCulture, $"{kind} U+{rune.Value:X4}");
}
