using System.Text.RegularExpressions;

namespace Explainer.Import;

/// <summary>A pair of quotation marks; English and French plain-text quotes use the same straight mark twice.</summary>
public readonly record struct QuotePair(char Open, char Close)
{
    public bool IsStraight => Open == Close;
}

/// <summary>
/// A word or phrase that reports speech ("sagte", "a déclaré", "according to"). German verbs may
/// split off a particle that closes the clause ("fuhr der Artikel fort"). A <see cref="HeadOnly"/>
/// phrase counts only at the start of a clause, where it cannot be an adverb ("so", "selon").
/// </summary>
public sealed record SpeechVerb(string Phrase, string? Particle = null, bool HeadOnly = false)
{
    public string[] Words { get; } = Phrase.Split(' ');
}

/// <summary>
/// Everything the importer knows about one language: quotation marks, speech verbs, the small
/// closed word classes the heuristics lean on (articles, pronouns, honorifics), and the phrases
/// that announce media and competing views. One file per language under Languages/.
/// </summary>
public sealed class ImportLanguage
{
    public required string Code { get; init; }

    /// <summary>Quotation mark pairs, the language's own first.</summary>
    public required IReadOnlyList<QuotePair> QuoteMarks { get; init; }

    public required IReadOnlyList<SpeechVerb> SpeechVerbs { get; init; }

    /// <summary>Personal pronouns that refer back to the last person who spoke.</summary>
    public required WordSet Pronouns { get; init; }

    /// <summary>Subjects that name nobody ("man", "some", "certains"): speech without a speaker.</summary>
    public required WordSet Impersonal { get; init; }

    /// <summary>Titles written before a surname ("Herr", "Mr", "M."), compared without a final dot.</summary>
    public required WordSet Honorifics { get; init; }

    /// <summary>Articles; a subject that starts with one is a description, not a name.</summary>
    public required WordSet Articles { get; init; }

    /// <summary>Articles that mark a definite description ("der Artikel"), which refers back.</summary>
    public required WordSet DefiniteArticles { get; init; }

    /// <summary>Determiners that carry meaning in a label ("keine", "viele", "no", "many").</summary>
    public required WordSet Quantifiers { get; init; }

    public required WordSet Prepositions { get; init; }

    /// <summary>Words that start a genitive or "of" phrase naming an owner: "die Schlagzeile <b>einer</b> Zeitung".</summary>
    public required WordSet OwnerMarkers { get; init; }

    /// <summary>Nouns for a piece of a publication (headline, article): the publication is the source.</summary>
    public required WordSet TextNouns { get; init; }

    /// <summary>Endings of role words written before a name ("US-Außenminister", "Prime Minister").</summary>
    public required IReadOnlyList<string> RoleWordEndings { get; init; }

    /// <summary>Lower-case words allowed inside names ("von", "de", "bin").</summary>
    public required WordSet NameParticles { get; init; }

    /// <summary>Words that open a relative or subordinate clause, which is not an apposition.</summary>
    public required WordSet ClauseOpeners { get; init; }

    /// <summary>Conjunctions after which the content of a view follows ("dass", "that", "que").</summary>
    public required WordSet Complementizers { get; init; }

    /// <summary>Words that end the core of a clause ("um", "to", "pour", "when").</summary>
    public required WordSet ClauseBreaks { get; init; }

    /// <summary>Words before a period that do not end a sentence ("Dr", "Mr", "z.B").</summary>
    public required WordSet Abbreviations { get; init; }

    /// <summary>Frequent words, to guess the language of a text.</summary>
    public required WordSet CommonWords { get; init; }

    /// <summary>Question words that open the question competing views answer ("warum", "why").</summary>
    public required WordSet QuestionWords { get; init; }

    /// <summary>Line openings that point at a video ("Sehen Sie:", "Watch:").</summary>
    public required IReadOnlyList<string> VideoMarkers { get; init; }

    /// <summary>A sentence that announces competing views: "gibt es zwei Ansichten"; group 1 is the number word.</summary>
    public required Regex ViewAnnouncement { get; init; }

    /// <summary>How many views a number word announces ("zwei" → 2); other words ("mehrere") mean two.</summary>
    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }

    /// <summary>Sentence openings that present the first of several views ("Erstens", "On the one hand").</summary>
    public required IReadOnlyList<string> FirstViewMarkers { get; init; }

    /// <summary>Sentence openings that present a further view ("Die Gegenmeinung", "Others argue").</summary>
    public required IReadOnlyList<string> FurtherViewMarkers { get; init; }

    /// <summary>Month and weekday names and tense words: what <see cref="DateMentions"/> reads dates with.</summary>
    public required DateWords Dates { get; init; }

    /// <summary>German writes nouns with a capital letter, which tells where a noun phrase ends.</summary>
    public bool CapitalizesNouns { get; init; }

    /// <summary>French elides articles and pronouns ("l'article", "d'un"); they are split off as words.</summary>
    public WordSet Elisions { get; init; } = WordSet.Empty;

    /// <summary>Rewrites inverted attributions ("a-t-il ajouté") into subject-verb order ("il a ajouté").</summary>
    public Func<string, string> NormalizeAttribution { get; init; } = text => text;

    /// <summary>The base form of a noun in an owner phrase (German genitive "des Senders" → "Sender").</summary>
    public Func<string, string, string> OwnerBaseForm { get; init; } = (_, noun) => noun;

    /// <summary>Every view marker, longest first, so that "Andere wiederum" wins over "Andere".</summary>
    public IReadOnlyList<string> ViewMarkers => field ??= [.. FirstViewMarkers.Concat(FurtherViewMarkers).OrderByDescending(m => m.Length).ThenBy(m => m, StringComparer.Ordinal)];
}

/// <summary>A case-insensitive set of words, written as one space-separated string.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;

    public WordSet(string words) =>
        _words = new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word.Normalize), StringComparer.OrdinalIgnoreCase);

    public static WordSet Empty { get; } = new(string.Empty);

    /// <summary>True for a word of the set, in any case, with either apostrophe.</summary>
    public bool Contains(string word) => _words.Contains(Word.Normalize(word));
}
