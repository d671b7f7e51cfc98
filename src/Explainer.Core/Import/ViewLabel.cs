namespace Explainer.Import;

/// <summary>
/// Drafts a short label for a view from the sentence that presents it: after the marker
/// ("Erstens", "Others argue") and a "dass/that/que", up to the first comma, the last noun phrase
/// that is not inside a prepositional phrase. "Erstens hat Russland im Moment keine andere Wahl."
/// gives "Keine andere Wahl"; "Still others believe it is a calculated move to …" gives "Calculated move".
/// </summary>
internal static class ViewLabel
{
    private const int LeadInWords = 6;
    private const int FallbackWords = 6;
    private const int MaxNounPhraseWords = 5;

    public static string Draft(string sentence, string? marker, ImportLanguage language)
    {
        var rest = (marker is null ? sentence : sentence[marker.Length..]).TrimStart(' ', ',', ':', '–', '—');
        var words = Word.Split(rest, language);
        var complementizer = words.Take(LeadInWords).ToList().FindIndex(w => language.Complementizers.Contains(w.Text));
        if (complementizer >= 0 && complementizer + 1 < words.Count)
        {
            rest = rest[words[complementizer + 1].Start..];
        }

        var cut = rest.IndexOfAny([',', ';', ':', '.', '!', '?', '…', '(']);
        rest = cut < 0 ? rest : rest[..cut];
        words = Word.Split(rest, language);
        var clauseBreak = words.Count < 2 ? -1 : words.FindIndex(1, w => language.ClauseBreaks.Contains(w.Text));
        if (clauseBreak > 0)
        {
            words = words[..clauseBreak];
        }

        if (words.Count == 0)
        {
            return SubjectParser.Capitalize(sentence.Trim());
        }

        var start = LastNounPhrase(words, language);
        if (start < 0)
        {
            var end = words[Math.Min(words.Count, FallbackWords) - 1].End;
            return SubjectParser.Capitalize(rest[words[0].Start..end]);
        }

        var last = NounPhraseEnd(words, start, language);
        if (language.Articles.Contains(words[start].Text) && last > start)
        {
            start++;
        }

        return SubjectParser.Capitalize(rest[words[start].Start..words[last].End]);
    }

    /// <summary>The last article or quantifier not right after a preposition; "pas d'autre" starts at "pas".</summary>
    private static int LastNounPhrase(List<Word> words, ImportLanguage language)
    {
        var found = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var isDeterminer = language.Articles.Contains(words[i].Text) || language.Quantifiers.Contains(words[i].Text);
            var afterPreposition = i > 0 && language.Prepositions.Contains(words[i - 1].Text);
            var afterQuantifier = i > 0 && language.Quantifiers.Contains(words[i - 1].Text);
            if (isDeterminer && !afterPreposition && !afterQuantifier)
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>German ends a noun phrase at its noun (capitalized); other languages at a preposition or clause break.</summary>
    private static int NounPhraseEnd(List<Word> words, int start, ImportLanguage language)
    {
        var end = start;
        for (var j = start + 1; j < words.Count && j - start < MaxNounPhraseWords; j++)
        {
            if (!language.CapitalizesNouns && (language.Prepositions.Contains(words[j].Text) || language.ClauseBreaks.Contains(words[j].Text)))
            {
                break;
            }

            end = j;
            if (language.CapitalizesNouns && words[j].IsCapitalized)
            {
                break;
            }
        }

        return end;
    }
}
