using Explainer.Templates;

namespace Explainer.Components.Quotes;

/// <summary>
/// Links the quotes that stand in a paragraph to their annotations, without changing a word: the
/// quoted words (with their quotation marks) are wrapped in <c>&lt;a class="quote-ref"&gt;</c>.
/// A quote the linker cannot find as plain text in the block's HTML is left unlinked.
/// </summary>
public static class QuoteLinker
{
    public static string Link(string blockHtml, IEnumerable<(string Text, string Href, string Title)> quotes)
    {
        var html = blockHtml;
        foreach (var (text, href, title) in quotes)
        {
            var needle = HtmlEscaper.Escape(QuotationMarks.Strip(text));
            var at = needle.Length == 0 ? -1 : html.IndexOf(needle, StringComparison.Ordinal);
            if (at < 0 || InsideTag(html, at) || InsideLink(html, at))
            {
                continue;
            }

            var start = at;
            while (start > 0 && IsMarkOrInnerSpace(html, start - 1))
            {
                start--;
            }

            var end = at + needle.Length;
            while (end < html.Length && IsMarkOrInnerSpace(html, end))
            {
                end++;
            }

            html = html[..start]
                + $"<a class=\"quote-ref\" href=\"{HtmlEscaper.Escape(href)}\" title=\"{HtmlEscaper.Escape(title)}\">"
                + html[start..end]
                + "</a>"
                + html[end..];
        }

        return html;
    }

    /// <summary>A quotation mark, or the no-break space French sets between mark and words.</summary>
    private static bool IsMarkOrInnerSpace(string html, int i) =>
        QuotationMarks.AllMarks.Contains(html[i])
        || (html[i] is '\u202F' or '\u00A0'
            && ((i > 0 && QuotationMarks.AllMarks.Contains(html[i - 1])) || (i + 1 < html.Length && QuotationMarks.AllMarks.Contains(html[i + 1]))));

    private static bool InsideTag(string html, int index) =>
        html.LastIndexOf('<', index) > html.LastIndexOf('>', index);

    private static bool InsideLink(string html, int index) =>
        html.LastIndexOf("<a ", index, StringComparison.Ordinal) > html.LastIndexOf("</a>", index, StringComparison.Ordinal);
}
