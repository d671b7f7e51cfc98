namespace Explainer.Import;

/// <summary>
/// Reads the clause next to a quote for a speech verb and its subject. The verb either opens the
/// clause and the subject follows ("sagte Herr Monday", "a déclaré Chris Monday", "according to
/// Jane Doe"), or the subject comes first ("Mr Monday said", "il a ajouté"). A split German verb
/// ends the subject at its particle ("fuhr der Artikel fort").
/// </summary>
internal static class AttributionParser
{
    /// <summary>A subject before its verb is short: a name with perhaps an apposition.</summary>
    private const int MaxWordsBeforeVerb = 14;

    /// <summary>The speaker named in <paramref name="clause"/>; null when the clause reports no speech.</summary>
    public static SpeakerMention? Parse(string clause, ImportLanguage language)
    {
        clause = language.NormalizeAttribution(clause).Trim();
        var words = Word.Split(clause, language);
        if (words.Count == 0)
        {
            return null;
        }

        if (MatchVerb(words, 0, language, atHead: true) is { } head)
        {
            var subjectStart = head.Length < words.Count ? words[head.Length].Start : clause.Length;
            var subjectEnd = clause.Length;
            if (head.Verb.Particle is { } particle
                && words.Skip(head.Length).LastOrDefault(w => w.Text.Equals(particle, StringComparison.OrdinalIgnoreCase)) is { Text.Length: > 0 } p)
            {
                subjectEnd = p.Start;
            }

            var subject = clause[subjectStart..Math.Max(subjectStart, subjectEnd)];
            return SubjectParser.Parse(subject, language) ?? SpeakerMention.Nobody(subject.Trim());
        }

        for (var k = 1; k < Math.Min(words.Count, MaxWordsBeforeVerb + 1); k++)
        {
            if (MatchVerb(words, k, language, atHead: false) is not null)
            {
                return SubjectParser.Parse(clause[..words[k].Start], language);
            }
        }

        return null;
    }

    private static (SpeechVerb Verb, int Length)? MatchVerb(List<Word> words, int at, ImportLanguage language, bool atHead)
    {
        foreach (var verb in language.SpeechVerbs.OrderByDescending(v => v.Words.Length))
        {
            if ((verb.HeadOnly && !atHead) || at + verb.Words.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < verb.Words.Length && matches; i++)
            {
                matches = Word.Normalize(words[at + i].Text).Equals(verb.Words[i], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return (verb, verb.Words.Length);
            }
        }

        return null;
    }
}
