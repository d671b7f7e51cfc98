namespace Explainer.Import;

/// <summary>
/// Finds sentence ends: a <c>. ! ? …</c> (with any closing quotation marks after it), then a space
/// and a capital letter, digit or opening mark. A dot after an abbreviation or an initial
/// ("Dr.", "M. Monday", "John F. Kennedy") and, in German, after a day number ("19. Juni") is no end.
/// </summary>
internal static class Sentences
{
    /// <summary>Start and end of every sentence of a paragraph, white space trimmed.</summary>
    public static List<(int Start, int End)> Split(string text, ImportLanguage language)
    {
        var result = new List<(int, int)>();
        var start = SkipSpace(text, 0);
        while (start < text.Length)
        {
            var end = EndFrom(text, start, language);
            result.Add((start, end));
            start = SkipSpace(text, end);
        }

        return result;
    }

    /// <summary>The index just after the end of the sentence that <paramref name="from"/> is in.</summary>
    public static int EndFrom(string text, int from, ImportLanguage language)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (EndsAt(text, i, language, out var end))
            {
                return end;
            }
        }

        return text.Length;
    }

    /// <summary>The index where the sentence that <paramref name="position"/> is in starts.</summary>
    public static int StartBefore(string text, int position, ImportLanguage language)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (EndsAt(text, i, language, out var end) && end <= position)
            {
                return SkipSpace(text, end);
            }
        }

        return SkipSpace(text, 0);
    }

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';

    public static bool IsClosingMark(char c) => c is '“' or '”' or '»' or '«' or '‘' or '’' or '"' or '\'' or ')' or ']';

    public static bool IsOpeningMark(char c) => c is '„' or '“' or '»' or '«' or '‚' or '‘' or '"' or '\'' or '(' or '[' or '–' or '—';

    private static bool EndsAt(string text, int i, ImportLanguage language, out int end)
    {
        end = i + 1;
        if (!IsSentenceEnd(text[i]))
        {
            return false;
        }

        var j = i + 1;
        while (j < text.Length && (IsClosingMark(text[j]) || IsSentenceEnd(text[j])))
        {
            j++;
        }

        end = j;
        if (j == text.Length)
        {
            return true;
        }

        var next = SkipSpace(text, j);
        if (next == j || next == text.Length)
        {
            return next == text.Length;
        }

        var c = text[next];
        return (char.IsUpper(c) || char.IsDigit(c) || IsOpeningMark(c)) && !(text[i] == '.' && IsAbbreviationBefore(text, i, language));
    }

    private static bool IsAbbreviationBefore(string text, int dot, ImportLanguage language)
    {
        var start = dot;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..dot];
        return (word.Length == 1 && char.IsLetter(word[0]))
            || language.Abbreviations.Contains(word)
            || (language.CapitalizesNouns && word.Length is 1 or 2 && word.All(char.IsAsciiDigit));
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
