using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Tests.Fuzzing;

/// <summary>
/// One change to a file's bytes. Places are given as raw numbers taken modulo the length of the text
/// they meet, so that a mutation applies to any text, also to what earlier mutations left: they stack.
/// </summary>
public abstract record Mutation
{
    /// <summary>Returns the changed bytes and what was done, with the places resolved, for the failure report.</summary>
    public abstract (byte[] Text, string Done) Apply(byte[] text);
}

/// <summary>Bytes to insert or to put in place of a value, with a readable name for the report.</summary>
public sealed record Payload(string Label, byte[] Bytes)
{
    public static Payload Text(string text) => new(Escaped.Text(text), Encoding.UTF8.GetBytes(text));

    public override string ToString() => Label;
}

/// <summary>Where in a line or file an insertion goes.</summary>
public enum Anchor
{
    AnyByte,
    LineStart,
    LineEnd,
    AfterColon,
}

/// <summary>Cuts the file at a point, possibly in the middle of a character.</summary>
public sealed record Truncate(uint At) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        var at = (int)(At % (uint)(text.Length + 1));
        return (text[..at], $"truncate at byte {at}");
    }
}

/// <summary>Inserts bytes at a byte, at the start or end of a line, or after a line's first <c>": "</c>.</summary>
public sealed record Insert(uint At, Anchor Anchor, Payload Payload) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        int offset;
        string where;
        if (Anchor == Anchor.AnyByte)
        {
            offset = (int)(At % (uint)(text.Length + 1));
            where = $"byte {offset}";
        }
        else
        {
            var lines = ByteLines.Split(text);
            var line = (int)(At % (uint)lines.Count);
            var start = lines.Take(line).Sum(l => l.Length);
            var content = ByteLines.ContentLength(lines[line]);
            offset = start + Anchor switch
            {
                Anchor.LineStart => 0,
                Anchor.LineEnd => content,
                _ => ByteLines.ValueStart(lines[line]) ?? content,
            };
            where = $"line {line + 1} ({Anchor})";
        }

        return ([.. text[..offset], .. Payload.Bytes, .. text[offset..]], $"insert '{Payload}' at {where}");
    }
}

/// <summary>Replaces what follows a line's first <c>": "</c> (or the whole line when there is none).</summary>
public sealed record ReplaceValue(uint Line, Payload Value) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        var lines = ByteLines.Split(text);
        var index = (int)(Line % (uint)lines.Count);
        var line = lines[index];
        var content = ByteLines.ContentLength(line);
        var start = ByteLines.ValueStart(line) ?? 0;
        lines[index] = [.. line[..start], .. Value.Bytes, .. line[content..]];
        return (ByteLines.Join(lines), $"replace the value of line {index + 1} with '{Value}'");
    }
}

/// <summary>Replaces one of the dates in the file (front matter, timeline) with another text or number.</summary>
public sealed partial record ReplaceDate(uint Occurrence, string Replacement) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        // Latin-1 maps each byte to one char, so match offsets are byte offsets, whatever the encoding.
        var matches = DatePattern().Matches(Encoding.Latin1.GetString(text));
        if (matches.Count == 0)
        {
            return (text, "no date to replace");
        }

        var match = matches[(int)(Occurrence % (uint)matches.Count)];
        var bytes = Encoding.UTF8.GetBytes(Replacement);
        return ([.. text[..match.Index], .. bytes, .. text[(match.Index + match.Length)..]],
            $"replace the date '{match.Value}' at byte {match.Index} with '{Escaped.Text(Replacement)}'");
    }

    [GeneratedRegex(@"\d{4}-\d{2}(-\d{2}(T[\d:.]+([+-]\d{2}:\d{2}|Z)?)?)?")]
    private static partial Regex DatePattern();
}

/// <summary>Deletes one or more lines.</summary>
public sealed record DeleteLines(uint Line, int Count) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        var lines = ByteLines.Split(text);
        var start = (int)(Line % (uint)lines.Count);
        var count = Math.Min(Count, lines.Count - start);
        lines.RemoveRange(start, count);
        return (ByteLines.Join(lines), $"delete {count} line(s) from line {start + 1}");
    }
}

/// <summary>Writes one or more lines twice.</summary>
public sealed record DuplicateLines(uint Line, int Count) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        var lines = ByteLines.Split(text);
        var start = (int)(Line % (uint)lines.Count);
        var count = Math.Min(Count, lines.Count - start);
        lines.InsertRange(start + count, lines.GetRange(start, count));
        return (ByteLines.Join(lines), $"duplicate {count} line(s) from line {start + 1}");
    }
}

/// <summary>Swaps two lines.</summary>
public sealed record SwapLines(uint First, uint Second) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        var lines = ByteLines.Split(text);
        var (a, b) = ((int)(First % (uint)lines.Count), (int)(Second % (uint)lines.Count));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return (ByteLines.Join(lines), $"swap lines {a + 1} and {b + 1}");
    }
}

/// <summary>Ends one or more lines with CR LF or a lone CR instead of LF, so that the endings are mixed.</summary>
public sealed record ChangeLineEndings(uint Line, int Count, string Ending) : Mutation
{
    public override (byte[] Text, string Done) Apply(byte[] text)
    {
        var lines = ByteLines.Split(text);
        var start = (int)(Line % (uint)lines.Count);
        var count = Math.Min(Count, lines.Count - start);
        for (var i = start; i < start + count; i++)
        {
            var content = ByteLines.ContentLength(lines[i]);
            if (content < lines[i].Length)
            {
                lines[i] = [.. lines[i][..content], .. Encoding.ASCII.GetBytes(Ending)];
            }
        }

        return (ByteLines.Join(lines), $"end {count} line(s) from line {start + 1} with '{Escaped.Text(Ending)}'");
    }
}

/// <summary>A file's bytes as lines; each keeps its line feed, so that joining them gives the bytes back.</summary>
internal static class ByteLines
{
    public static List<byte[]> Split(byte[] text)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        // An empty last line stands for the end of the file, so that even an empty file has a line to insert into.
        lines.Add(text[start..]);
        return lines;
    }

    public static byte[] Join(IEnumerable<byte[]> lines) => [.. lines.SelectMany(l => l)];

    /// <summary>The length of the line without its ending (LF or CR LF).</summary>
    public static int ContentLength(byte[] line)
    {
        var length = line.Length;
        if (length > 0 && line[length - 1] == (byte)'\n')
        {
            length--;
            if (length > 0 && line[length - 1] == (byte)'\r')
            {
                length--;
            }
        }

        return length;
    }

    /// <summary>The offset just after the line's first <c>": "</c>, or null when it has none.</summary>
    public static int? ValueStart(byte[] line)
    {
        var index = line.AsSpan().IndexOf(": "u8);
        return index < 0 ? null : index + 2;
    }
}
