using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Embeds;

/// <summary>
/// In an embed page, a link to a part of the explainer that the embed does not hold (an evidence
/// paragraph, a quote's annotation) leads to the full explainer instead, in a new tab.
/// </summary>
public static partial class EmbedLinks
{
    public static string PointOutside(string html, string pageUrl)
    {
        var into = new StringBuilder(html.Length + 256);
        PointOutside(html, pageUrl, into);
        return into.ToString();
    }

    /// <summary>Appends <paramref name="html"/> to <paramref name="into"/>, its links to fragments it does not hold pointed at <paramref name="pageUrl"/>.</summary>
    public static void PointOutside(ReadOnlySpan<char> html, string pageUrl, StringBuilder into)
    {
        // ` id="x"`: the value starts 5 characters in and ends before the closing quote.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in IdAttribute().EnumerateMatches(html))
        {
            ids.Add(html.Slice(id.Index + 5, id.Length - 6).ToString());
        }

        var present = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var copied = 0;
        foreach (var link in FragmentLink().EnumerateMatches(html))
        {
            // `href="#x"`: the fragment starts 7 characters in.
            var fragment = html.Slice(link.Index + 7, link.Length - 8);
            if (present.Contains(fragment))
            {
                continue;
            }

            into.Append(html[copied..link.Index])
                .Append("href=\"").Append(pageUrl).Append('#').Append(fragment)
                .Append("\" target=\"_blank\" rel=\"noopener\"");
            copied = link.Index + link.Length;
        }

        into.Append(html[copied..]);
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex FragmentLink();
}
