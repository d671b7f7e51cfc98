using System.Buffers;
using System.Text;

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
        var builder = new StringBuilder(html.Length);
        var preserve = 0;
        for (var start = 0; ;)
        {
            var newline = html.IndexOf('\n', start);
            var line = html.AsSpan(start, (newline < 0 ? html.Length : newline) - start);
            if (preserve > 0 || !line.IsWhiteSpace())
            {
                builder.Append(line).Append('\n');
                preserve = Math.Max(preserve + Balance(line), 0);
            }

            if (newline < 0)
            {
                return builder.ToString();
            }

            start = newline + 1;
        }
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
