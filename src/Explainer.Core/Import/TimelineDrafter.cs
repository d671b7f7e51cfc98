using System.Text.RegularExpressions;

namespace Explainer.Import;

/// <summary>
/// Drafts timeline events from the dates the paragraphs mention: one event per distinct date per
/// sentence, the sentence as its text, in date order. The byline is no event: a short paragraph
/// that opens with "Von", "By", "Par" or a date gives the publication date when none was given.
/// </summary>
internal static partial class TimelineDrafter
{
    private const int TitleWords = 6;

    public static IReadOnlyList<DraftEvent> Draft(IReadOnlyList<DraftBlock> paragraphs, ImportLanguage language, DraftIds ids, DateOnly? published)
    {
        var anchor = published;
        var bylines = paragraphs.Where(p => IsByline(p.Text, language)).ToHashSet();
        foreach (var byline in bylines)
        {
            anchor ??= DateMentions.Find(byline.Text, language, null).FirstOrDefault(d => d.Precision == DatePrecision.Day) is { Length: > 0 } d ? d.Date : null;
        }

        var found = new List<(DateMention Date, string Sentence, string Words, DraftBlock Block)>();
        foreach (var paragraph in paragraphs.Where(p => !bylines.Contains(p)))
        {
            foreach (var (start, end) in Sentences.Split(paragraph.Text, language))
            {
                var sentence = paragraph.Text[start..end];
                var dates = DateMentions.Find(sentence, language, anchor).DistinctBy(d => (d.Iso, d.End)).ToList();
                found.AddRange(dates.Select(d => (d, sentence, Title(sentence, d, dates.Count), paragraph)));
            }
        }

        return [.. found
            .OrderBy(f => f.Date.Date).ThenBy(f => f.Date.Precision)
            .Select(f => new DraftEvent(
                ids.For(f.Words, "event", 5),
                f.Date.Iso,
                f.Date.End is { } end ? DateMention.Format(end, DatePrecision.Day) : null,
                f.Words,
                f.Sentence,
                f.Block.Id!))];
    }

    /// <summary>The sentence's first words, or the date's own words when the sentence has several; never empty.</summary>
    private static string Title(string sentence, DateMention date, int datesInSentence)
    {
        var title = datesInSentence == 1 ? FirstWords(sentence) : sentence.Substring(date.Start, date.Length);
        return string.IsNullOrWhiteSpace(title) ? date.Iso : title;
    }

    /// <summary>The first words of a sentence, with "…" when there are more; no quotation marks around.</summary>
    private static string FirstWords(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words.Take(TitleWords)).Trim('„', '“', '”', '»', '«', '"', '‚', '‘', ',', ':', ';', ' ');
        return words.Length > TitleWords ? title.TrimEnd('.', ',', ';', ':') + " …" : title.TrimEnd('.');
    }

    private static bool IsByline(string text, ImportLanguage language) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12
        && (BylineOpening().IsMatch(text) || DateMentions.Find(text, language, null) is [{ Start: 0 }, ..]);

    [GeneratedRegex(@"^(?:Von|By|Par|Stand|Aktualisiert|Veröffentlicht|Updated|Published|Publié|Mis à jour)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BylineOpening();
}
