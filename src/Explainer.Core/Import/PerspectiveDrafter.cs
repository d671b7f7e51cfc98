using Explainer.Content;

namespace Explainer.Import;

/// <summary>
/// Drafts perspectives where an article presents competing views: a sentence announces them
/// ("gibt es zwei Ansichten", "two views", "deux points de vue") or a run of sentences opens with
/// view markers ("Erstens … Die Gegenmeinung … Andere wiederum", "First … Others argue …",
/// "D'une part … D'autre part"). Each marked sentence is one view; its paragraph (and any quote in
/// it) is the evidence. An announcement without markers takes the next paragraphs, one per view.
/// </summary>
internal static class PerspectiveDrafter
{
    /// <summary>Views are looked for this many paragraphs after where they start, at most.</summary>
    private const int MaxViewParagraphs = 6;

    private sealed record FoundView(string Sentence, string? Marker, int Paragraph);

    public static List<DraftPerspective> Draft(IReadOnlyList<DraftBlock> paragraphs, IReadOnlyList<DraftQuote> quotes, ImportLanguage language, DraftIds ids)
    {
        var perspectives = new List<DraftPerspective>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var sentences = Sentences.Split(text, language);
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = text[sentences[s].Start..sentences[s].End];
                var announcement = language.ViewAnnouncement.Match(sentence);
                List<FoundView> views;
                if (announcement.Success)
                {
                    views = CollectViews(paragraphs, p, s + 1, language);
                    if (views.Count == 0)
                    {
                        views = NextParagraphs(paragraphs, p, language.NumberWords.GetValueOrDefault(announcement.Groups[1].Value, 2), language);
                    }
                }
                else if (Marker(sentence, language.FirstViewMarkers) is not null)
                {
                    views = CollectViews(paragraphs, p, s, language);
                    if (views.Count < 2)
                    {
                        continue;
                    }
                }
                else
                {
                    continue;
                }

                if (views.Count > 0)
                {
                    perspectives.Add(Perspective(announcement.Success ? sentence : null, views, paragraphs, quotes, language, ids));
                    p = views.Max(v => v.Paragraph);
                    break;
                }
            }
        }

        return perspectives;
    }

    /// <summary>Marked sentences from the given one on; a paragraph without any ends the run.</summary>
    private static List<FoundView> CollectViews(IReadOnlyList<DraftBlock> paragraphs, int first, int firstSentence, ImportLanguage language)
    {
        var views = new List<FoundView>();
        for (var p = first; p < paragraphs.Count && p <= first + MaxViewParagraphs; p++)
        {
            var text = paragraphs[p].Text;
            var found = false;
            foreach (var (start, end) in Sentences.Split(text, language).Skip(p == first ? firstSentence : 0))
            {
                var sentence = text[start..end];
                if (Marker(sentence, language.ViewMarkers) is { } marker)
                {
                    views.Add(new FoundView(sentence, marker, p));
                    found = true;
                }
            }

            if (!found && p > first)
            {
                break;
            }
        }

        return views;
    }

    private static List<FoundView> NextParagraphs(IReadOnlyList<DraftBlock> paragraphs, int announcing, int count, ImportLanguage language) =>
        [.. Enumerable.Range(announcing + 1, Math.Max(0, Math.Min(count, paragraphs.Count - announcing - 1)))
            .Select(p => new FoundView(FirstSentence(paragraphs[p].Text, language), null, p))];

    private static string? Marker(string sentence, IReadOnlyList<string> markers)
    {
        var normalized = Word.Normalize(sentence);
        return markers.FirstOrDefault(m => normalized.StartsWith(m, StringComparison.Ordinal)
            && (normalized.Length == m.Length || !char.IsLetter(normalized[m.Length])));
    }

    private static DraftPerspective Perspective(
        string? announcement, List<FoundView> found, IReadOnlyList<DraftBlock> paragraphs, IReadOnlyList<DraftQuote> quotes, ImportLanguage language, DraftIds ids)
    {
        var (questionWord, question) = announcement is null ? (null, null) : Question(announcement, language);
        var id = ids.For(questionWord ?? question ?? string.Empty, "perspective", maxWords: 3);
        var views = found.Select(v =>
        {
            var block = paragraphs[v.Paragraph].Id!;
            var label = ViewLabel.Draft(v.Sentence, v.Marker, language);
            List<string> evidence = [block, .. quotes.Where(q => q.Blocks.Contains(block)).Select(q => q.Id)];
            return new DraftView(ids.For(label, "view", maxWords: 4), label, v.Sentence, evidence);
        });
        return new DraftPerspective(id, question ?? announcement ?? "TODO: which question do these views answer?", announcement, [.. views]);
    }

    /// <summary>"Zu der Frage, warum sich Putin in Nordkorea aufhält, gibt es …" → "Warum sich Putin in Nordkorea aufhält?".</summary>
    private static (string? Word, string? Question) Question(string sentence, ImportLanguage language)
    {
        var word = Word.Split(sentence, language).FirstOrDefault(w => language.QuestionWords.Contains(w.Text));
        if (word.Text is null)
        {
            return (null, null);
        }

        var rest = sentence[word.Start..];
        var end = rest.IndexOfAny([',', ';', ':', '.', '?', '!']);
        var question = SubjectParser.Capitalize((end < 0 ? rest : rest[..end]).Trim()) + "?";
        return (BlockIds.Slug(word.Text), question);
    }

    private static string FirstSentence(string text, ImportLanguage language) =>
        text[..Sentences.EndFrom(text, 0, language)].Trim();
}
