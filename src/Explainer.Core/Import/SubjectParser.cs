using System.Globalization;

namespace Explainer.Import;

/// <summary>
/// Reads the subject of an attribution: a pronoun, a nobody ("man"), an honorific and surname,
/// a description with an article, or a name. An apposition after the first comma is the role
/// ("Chris Monday, außerordentlicher Professor an der Dongseo-Universität in Busan"); so is a role
/// word written before the name ("US-Außenminister Antony Blinken").
/// </summary>
internal static class SubjectParser
{
    /// <summary>The mention, or null when the phrase is none of these (it then names no speaker).</summary>
    public static SpeakerMention? Parse(string subject, ImportLanguage language)
    {
        subject = subject.Trim().TrimEnd('.', ',', ';', ':', '!', '?', '…').Trim();
        var comma = subject.IndexOf(',');
        var head = comma < 0 ? subject : subject[..comma].Trim();
        var words = Word.Split(head, language);
        if (words.Count == 0)
        {
            return null;
        }

        var first = words[0].Text;
        if (words.Count == 1 && language.Pronouns.Contains(first))
        {
            return new SpeakerMention(MentionKind.Pronoun, head, string.Empty);
        }

        if (language.Impersonal.Contains(first))
        {
            return SpeakerMention.Nobody(head);
        }

        if (language.Articles.Contains(first) && words.Count >= 2)
        {
            return Description(head, words, language);
        }

        var apposition = comma < 0 ? null : Apposition(subject[(comma + 1)..], language);
        if (language.Honorifics.Contains(first) && words.Count >= 2 && words[1].IsCapitalized)
        {
            return new SpeakerMention(MentionKind.ShortForm, head, head[words[1].Start..words[^1].End], apposition);
        }

        return Name(head, words, apposition, language);
    }

    /// <summary>"die Schlagzeile einer Boulevardzeitung": the headline is the tabloid's, so the tabloid is the speaker.</summary>
    private static SpeakerMention Description(string head, List<Word> words, ImportLanguage language)
    {
        var isDefinite = language.DefiniteArticles.Contains(words[0].Text);
        var owner = words.FindIndex(2, w => language.OwnerMarkers.Contains(w.Text));
        var nounEnd = owner < 0 ? words.Count : owner;
        var noun = words[nounEnd - 1].Text;
        var namesPublication = language.TextNouns.Contains(noun);
        if (namesPublication && owner >= 0 && owner + 1 < words.Count)
        {
            var ownerStart = language.Articles.Contains(words[owner + 1].Text) && owner + 2 < words.Count ? owner + 2 : owner + 1;
            var article = words[ownerStart - 1].Text;
            var ownerWords = NounPhrase(words, ownerStart, language);
            var name = language.CapitalizesNouns
                ? language.OwnerBaseForm(article, ownerWords[^1].Text)
                : head[ownerWords[0].Start..ownerWords[^1].End];
            return new SpeakerMention(MentionKind.Description, head, Capitalize(name), IsDefinite: isDefinite, NamesPublication: true, HasOwner: true);
        }

        var described = head[words[1].Start..words[nounEnd - 1].End];
        return new SpeakerMention(MentionKind.Description, head, Capitalize(described), IsDefinite: isDefinite, NamesPublication: namesPublication);
    }

    /// <summary>Words from <paramref name="start"/> to the noun: in German the first capitalized word, elsewhere up to a preposition.</summary>
    private static List<Word> NounPhrase(List<Word> words, int start, ImportLanguage language)
    {
        var phrase = new List<Word>();
        for (var i = start; i < words.Count; i++)
        {
            if (i > start && language.Prepositions.Contains(words[i].Text))
            {
                break;
            }

            phrase.Add(words[i]);
            if (language.CapitalizesNouns && words[i].IsCapitalized)
            {
                break;
            }
        }

        return phrase;
    }

    private static SpeakerMention? Name(string head, List<Word> words, string? apposition, ImportLanguage language)
    {
        // Adverbs before a name ("sagte auch Chris Monday") are not part of it.
        var start = words.FindIndex(w => w.IsCapitalized);
        if (start < 0)
        {
            return null;
        }

        var end = start;
        while (true)
        {
            // Particles count only between capitalized words: "Ursula von der Leyen".
            var next = end + 1;
            while (next < words.Count && !words[next].IsCapitalized && language.NameParticles.Contains(words[next].Text))
            {
                next++;
            }

            if (next >= words.Count || !words[next].IsCapitalized)
            {
                break;
            }

            end = next;
        }

        var rolePrefix = RolePrefixEnd(words, start, end, language);
        var nameStart = rolePrefix < 0 ? start : rolePrefix + 1;
        var role = apposition ?? (rolePrefix < 0 ? null : head[words[start].Start..words[rolePrefix].End]);
        return new SpeakerMention(MentionKind.Name, head, head[words[nameStart].Start..words[end].End], role);
    }

    /// <summary>The last word of a role written before the name ("Prime Minister Keir Starmer"), or -1.</summary>
    private static int RolePrefixEnd(List<Word> words, int start, int end, ImportLanguage language)
    {
        for (var i = end - 1; i >= start; i--)
        {
            var lower = words[i].Text.ToLowerInvariant();
            if (language.RoleWordEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The role in an apposition, without its article. A relative clause is no role: it opens with a
    /// relative word, or, in German, ends with its verb ("der seit Jahren in Busan lebt").
    /// </summary>
    private static string? Apposition(string text, ImportLanguage language)
    {
        var comma = text.IndexOf(',');
        text = (comma < 0 ? text : text[..comma]).Trim();
        var words = Word.Split(text, language);
        if (words.Count == 0 || language.ClauseOpeners.Contains(words[0].Text))
        {
            return null;
        }

        if (language.Articles.Contains(words[0].Text))
        {
            if (words.Count == 1 || (language.CapitalizesNouns && !words[^1].IsCapitalized))
            {
                return null;
            }

            text = text[words[0].End..].TrimStart();
        }

        return text.Length == 0 ? null : text;
    }

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
