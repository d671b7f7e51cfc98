using System.Text;

namespace Explainer.Yaml;

/// <summary>
/// Writes text as YAML scalars that read back as exactly the same string: plain when that is
/// unambiguous, double-quoted otherwise, and as a literal block for text over several lines.
/// </summary>
public static class YamlScalars
{
    /// <summary>A scalar for a block mapping value, e.g. <c>name: Chris Monday</c>.</summary>
    public static string Value(string text) => IsSafePlain(text, inFlow: false) ? text : DoubleQuoted(text);

    /// <summary>A scalar inside a flow sequence such as <c>[a, b]</c>, where commas, brackets and question marks end a plain scalar.</summary>
    public static string FlowItem(string text) => IsSafePlain(text, inFlow: true) ? text : DoubleQuoted(text);

    /// <summary>A flow sequence: <c>[a, "b, c"]</c>.</summary>
    public static string FlowSequence(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(FlowItem)) + "]";

    /// <summary>
    /// Lines for a mapping value at <paramref name="indent"/> spaces: a single line (<c>key: value</c>),
    /// or a literal block (<c>key: |-</c> and the text indented below) when the text has line breaks
    /// and every line can stand in a block unchanged.
    /// </summary>
    public static IReadOnlyList<string> KeyValue(string key, string text, int indent)
    {
        var pad = new string(' ', indent);
        if (!text.Contains('\n') || !CanBeLiteralBlock(text))
        {
            return [$"{pad}{key}: {Value(text)}"];
        }

        var lines = new List<string> { $"{pad}{key}: |-" };
        foreach (var line in text.Split('\n'))
        {
            lines.Add(line.Length == 0 ? string.Empty : pad + "  " + line);
        }

        return lines;
    }

    /// <summary>Text made safe for a <c># comment</c> on one line.</summary>
    public static string Comment(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\u0085', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>A double-quoted scalar; escapes backslash, quote and every character YAML does not print.</summary>
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\0': builder.Append(@"\0"); break;
                case '\u0085': builder.Append(@"\N"); break;
                case '\u2028': builder.Append(@"\L"); break;
                case '\u2029': builder.Append(@"\P"); break;
                default:
                    if (IsPrintable(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append(c <= 0xFF ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Plain only when nothing could read it differently: no indicator at the start, no <c>": "</c> or
    /// <c>" #"</c>, nothing a resolver would take for a number, boolean, null or date.
    /// </summary>
    private static bool IsSafePlain(string text, bool inFlow)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0]) || char.IsAsciiDigit(text[0]) || text[0] is '.' or '+' or '~')
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return false;
        }

        // A '?' too: libyaml's scanner, and SharpYaml's after it (YamlSource), ends a plain scalar there inside [ ] or { }.
        if (inFlow && text.AsSpan().IndexOfAny(",[]{}?") >= 0)
        {
            return false;
        }

        if (IsReservedWord(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' or '\u00A0' or '\u202F' or '\u2007' or '\uFEFF' || !IsPrintable(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsReservedWord(string text) =>
        text.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "~" or "nan" or "inf";

    /// <summary>A literal block keeps every character, so lines must not start or end with spaces or hold unprintable characters.</summary>
    private static bool CanBeLiteralBlock(string text)
    {
        if (text.StartsWith('\n') || text.EndsWith('\n'))
        {
            return false;
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && (char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1])))
            {
                return false;
            }

            foreach (var c in line)
            {
                if (c != '\t' && !IsPrintable(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>YAML's printable set, less tab and the line breaks (NEL, LS, PS) that need an escape.</summary>
    private static bool IsPrintable(char c) =>
        (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c is not '\u2028' and not '\u2029')
        || char.IsSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
}
