using System.Buffers;

namespace Explainer.Templates;

/// <summary>
/// Removes the blank lines that template control statements leave behind. Whole lines of only
/// whitespace carry no meaning in HTML outside <c>&lt;pre&gt;</c> and <c>&lt;textarea&gt;</c>, which are left alone.
/// </summary>
public static class HtmlWhitespace
{
    private static readonly string[] TagList = ["<pre", "<textarea", "</pre>", "</textarea>"];
    private static readonly SearchValues<string> Tags = SearchValues.Create(TagList, StringComparison.OrdinalIgnoreCase);

    public static string RemoveBlankLines(string html)
    {
        var buffer = new char[html.Length + 1];
        html.CopyTo(buffer);
        return new string(buffer, 0, RemoveBlankLines(buffer, html.Length));
    }

    /// <summary>
    /// Removes the blank lines of the first <paramref name="length"/> characters of
    /// <paramref name="buffer"/> in place and returns the new length. Every line kept ends with a
    /// newline, the last one too, so the buffer must have room for one character more.
    /// </summary>
    public static int RemoveBlankLines(Span<char> buffer, int length)
    {
        if (buffer.Length <= length)
        {
            throw new ArgumentException("The buffer needs room for one character after the text.", nameof(buffer));
        }

        var written = 0;
        var preserve = 0;

        // Lines kept are moved down in runs, one move for each blank line taken out, not one for
        // every line: from `kept` up to the current line, the lines are kept and not yet moved.
        var kept = 0;

        // Where the next <pre>, <textarea> or their end tags are: only the lines that hold one are
        // weighed (most pages have none). The text ahead of the current line is never overwritten.
        var tag = NextTag(buffer, 0, length);
        for (var start = 0; ;)
        {
            var newline = buffer[start..length].IndexOf('\n');
            var end = newline < 0 ? length : start + newline;
            var line = buffer[start..end];
            var keep = preserve > 0 || !line.IsWhiteSpace();
            if (keep)
            {
                if (tag >= 0 && tag < end)
                {
                    preserve = Math.Max(preserve + Balance(line), 0);
                    tag = NextTag(buffer, end, length);
                }
            }
            else
            {
                written = Move(buffer, kept, start, written);
                kept = newline < 0 ? length : end + 1;
            }

            if (newline < 0)
            {
                // The last line, kept, has no newline of its own: it gets one.
                written = Move(buffer, kept, length, written);
                if (keep)
                {
                    buffer[written++] = '\n';
                }

                return written;
            }

            start = end + 1;
        }
    }

    /// <summary>Moves the text from <paramref name="from"/> to <paramref name="to"/> down to <paramref name="written"/>; returns where it now ends.</summary>
    private static int Move(Span<char> buffer, int from, int to, int written)
    {
        if (from != written)
        {
            buffer[from..to].CopyTo(buffer[written..]);
        }

        return written + (to - from);
    }

    private static int NextTag(ReadOnlySpan<char> buffer, int from, int length)
    {
        var found = buffer[from..length].IndexOfAny(Tags);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>How many more <c>&lt;pre</c> and <c>&lt;textarea</c> the line opens than it closes.</summary>
    private static int Balance(ReadOnlySpan<char> line)
    {
        var balance = 0;
        for (var i = line.IndexOfAny(Tags); i >= 0; i = line.IndexOfAny(Tags))
        {
            line = line[i..];
            foreach (var tag in TagList)
            {
                if (line.StartsWith(tag, StringComparison.OrdinalIgnoreCase))
                {
                    balance += tag[1] == '/' ? -1 : 1;
                    line = line[tag.Length..];
                    break;
                }
            }
        }

        return balance;
    }
}
