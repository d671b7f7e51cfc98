namespace Explainer.Import;

/// <summary>
/// Finds quotations by the language's quotation marks. A quote that opens a paragraph and does not
/// close in it runs on while the next paragraphs open with the same mark, and ends where the closing
/// mark is: the typographic convention for one quote over several paragraphs.
/// </summary>
internal static class QuoteFinder
{
    public static List<QuoteSpan> Find(IReadOnlyList<string> paragraphs, ImportLanguage language)
    {
        var found = new List<QuoteSpan>();
        var (p, i) = (0, 0);
        while (p < paragraphs.Count)
        {
            var text = paragraphs[p];
            if (i >= text.Length)
            {
                (p, i) = (p + 1, 0);
                continue;
            }

            if (!Opens(text, i, language, out var marks))
            {
                i++;
                continue;
            }

            var close = FindClose(text, i + 1, marks);
            if (close >= 0)
            {
                found.Add(Span(paragraphs, p, i, p, close + 1, marks));
                i = close + 1;
                continue;
            }

            if (!string.IsNullOrWhiteSpace(text[..i]))
            {
                i++; // A stray mark inside a paragraph.
                continue;
            }

            var (last, end) = (p, text.Length);
            while (last + 1 < paragraphs.Count && OpensParagraph(paragraphs[last + 1], marks, out var open))
            {
                last++;
                var closing = FindClose(paragraphs[last], open + 1, marks);
                end = closing >= 0 ? closing + 1 : paragraphs[last].Length;
                if (closing >= 0)
                {
                    break;
                }
            }

            found.Add(Span(paragraphs, p, i, last, end, marks));
            (p, i) = (last, end);
        }

        return found;
    }

    private static bool Opens(string text, int i, ImportLanguage language, out QuotePair marks)
    {
        foreach (var pair in language.QuoteMarks)
        {
            if (text[i] != pair.Open)
            {
                continue;
            }

            // A straight mark opens only before a word and after a space or the start: "Kim's" and 5'8" are no quotes.
            if (!pair.IsStraight || ((i == 0 || char.IsWhiteSpace(text[i - 1]) || "([–—/".Contains(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
            {
                marks = pair;
                return true;
            }
        }

        marks = default;
        return false;
    }

    private static int FindClose(string text, int from, QuotePair marks)
    {
        if (!marks.IsStraight)
        {
            return text.IndexOf(marks.Close, from);
        }

        for (var i = text.IndexOf('"', from); i >= 0; i = text.IndexOf('"', i + 1))
        {
            if (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool OpensParagraph(string text, QuotePair marks, out int open)
    {
        open = text.Length - text.TrimStart().Length;
        return open < text.Length && text[open] == marks.Open;
    }

    private static QuoteSpan Span(IReadOnlyList<string> paragraphs, int first, int start, int last, int end, QuotePair marks)
    {
        var parts = new List<string>();
        for (var p = first; p <= last; p++)
        {
            var text = paragraphs[p];
            var from = p == first ? start + 1 : text.Length - text.TrimStart().Length + 1;
            var to = p == last ? end : text.Length;
            if (p == last && to > from && text[to - 1] == marks.Close)
            {
                to--;
            }

            parts.Add(text[from..Math.Max(from, to)].Trim());
        }

        var inside = string.Join("\n\n", parts);
        var lastInside = inside.Length > 0 ? inside[^1] : ' ';
        return new QuoteSpan(first, start, last, end, inside.TrimEnd(',').TrimEnd(), lastInside);
    }
}
