using Explainer.Content;
using Explainer.Templates;

namespace Explainer.Components.Quotes;

/// <summary>
/// Words of a quote a scene step marks: found in one of the quote's paragraphs as the reader sees
/// it (runs of white space as one space), and written there in a <c>&lt;mark&gt;</c>.
/// </summary>
public static class QuoteHighlight
{
    /// <summary>Whether <paramref name="words"/> stand in one of <paramref name="paragraphs"/>.</summary>
    public static bool Finds(IReadOnlyList<string> paragraphs, string words) =>
        paragraphs.Any(p => Words.Collapse(p).Contains(Words.Collapse(words), StringComparison.Ordinal));

    /// <summary>
    /// The paragraphs as HTML, the first place the words stand marked; the others escaped as they are.
    /// </summary>
    public static IReadOnlyList<HtmlString> Mark(IReadOnlyList<string> paragraphs, string words)
    {
        var wanted = Words.Collapse(words);
        var marked = false;
        var html = new List<HtmlString>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var text = Words.Collapse(paragraph);
            var at = marked || wanted.Length == 0 ? -1 : text.IndexOf(wanted, StringComparison.Ordinal);
            if (at < 0)
            {
                html.Add(new HtmlString(HtmlEscaper.Escape(text)));
                continue;
            }

            marked = true;
            html.Add(new HtmlString(
                HtmlEscaper.Escape(text[..at]) + "<mark>" + HtmlEscaper.Escape(wanted) + "</mark>" + HtmlEscaper.Escape(text[(at + wanted.Length)..])));
        }

        return html;
    }
}
