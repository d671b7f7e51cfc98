using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Import;

/// <summary>
/// Escapes plain text so that Markdown, with the extensions the build uses (custom containers,
/// generic attributes, no raw HTML), shows exactly that text. It escapes only what would change
/// the rendering, so the written article stays readable: everywhere <c>\ ` * _ [ &lt; {</c>, a
/// colon next to a colon (<c>::span::</c>) and an <c>&amp;</c> that starts an entity; at the start
/// of a line the block markers (<c>#</c> heading, <c>&gt;</c>, list markers, <c>~~~</c>, <c>1.</c>).
/// </summary>
/// <remarks>Lines are expected without leading or trailing white space, as the importer trims them.</remarks>
public static partial class MarkdownEscaper
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStart = i + 1;
            }
            else if (EscapesInline(text, i) || (i == lineStart && EscapesLineStart(text, i)) || EndsOrderedListMarker(text, lineStart, i))
            {
                builder.Append('\\');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool EscapesInline(string text, int i) => text[i] switch
    {
        '\\' or '`' or '*' or '_' or '[' or '<' or '{' => true,
        ':' => i + 1 < text.Length && text[i + 1] == ':',
        '&' => Entity().IsMatch(text.AsSpan(i)),
        _ => false,
    };

    private static bool EscapesLineStart(string text, int i)
    {
        var line = Line(text, i);
        return text[i] switch
        {
            '>' => true,
            '#' => AtxHeading().IsMatch(line),
            '-' or '+' => line.Length == 1 || char.IsWhiteSpace(line[1]) || ThematicBreakOrUnderline().IsMatch(line),
            '=' => ThematicBreakOrUnderline().IsMatch(line),
            '~' => line.StartsWith("~~~", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>"2024. Das Jahr" would start an ordered list: escape the dot (or parenthesis) after the number.</summary>
    private static bool EndsOrderedListMarker(string text, int lineStart, int i) =>
        i > lineStart && i - lineStart <= 9 && text[i] is '.' or ')'
        && OrderedListMarker().IsMatch(Line(text, lineStart)) && text.AsSpan(lineStart, i - lineStart).ContainsAnyExceptInRange('0', '9') is false;

    private static string Line(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    [GeneratedRegex(@"^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"^#{1,6}(\s|$)")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^([-=+])(\s*\1)*\s*$")]
    private static partial Regex ThematicBreakOrUnderline();

    [GeneratedRegex(@"^[0-9]{1,9}[.)](\s|$)")]
    private static partial Regex OrderedListMarker();
}
