using System.Text.RegularExpressions;

namespace Explainer.Import.Languages;

/// <summary>German: „…“, »…« and ‚…‘; verb-second attributions ("sagte Herr Monday"); nouns capitalized.</summary>
internal static partial class German
{
    public static ImportLanguage Language { get; } = new()
    {
        Code = "de",
        QuoteMarks = [new('„', '“'), new('»', '«'), new('‚', '‘'), new('"', '"')],
        SpeechVerbs =
        [
            new("sagte"), new("sagt"), new("sagten"), new("sagen"), new("meint"), new("meinte"), new("meinten"),
            new("erklärte"), new("erklärt"), new("betonte"), new("betont"), new("lautete"), new("lautet"),
            new("fuhr", "fort"), new("fährt", "fort"), new("fügte", "hinzu"), new("fügt", "hinzu"),
            new("ergänzte"), new("ergänzt"), new("schrieb"), new("schreibt"), new("warnte"), new("warnt"),
            new("titelte"), new("titelt"), new("berichtete"), new("berichtet"), new("erläuterte"),
            new("antwortete"), new("entgegnete"), new("unterstrich"), new("kritisierte"), new("zufolge"),
            new("so", HeadOnly: true), new("laut", HeadOnly: true),
        ],
        Pronouns = new("er sie"),
        Impersonal = new("man manche einige viele andere jemand"),
        Honorifics = new("Herr Herrn Frau Dr Prof"),
        Articles = new("der die das den dem des ein eine einen einem einer eines"),
        DefiniteArticles = new("der die das den dem des"),
        Quantifiers = new("kein keine keinen keinem keiner viele vielen wenige einige mehrere weitere"),
        Prepositions = new("in im an am auf aus bei beim mit nach von vom vor zu zum zur über unter für gegen ohne um durch seit bis neben zwischen wegen trotz während laut"),
        OwnerMarkers = new("der des eines einer"),
        TextNouns = new("Schlagzeile Überschrift Artikel Bericht Beitrag Titel Titelseite Kommentar Leitartikel Meldung Text Aufmacher Mitteilung Erklärung Stellungnahme"),
        RoleWordEndings =
        [
            "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
            "chef", "chefin", "leiter", "leiterin", "direktor", "direktorin", "professor", "professorin",
            "botschafter", "botschafterin", "general", "experte", "expertin", "analyst", "analystin", "berater", "beraterin",
        ],
        NameParticles = new("von van der de den zu vom al el bin ibn da di du le la"),
        ClauseOpeners = new("welcher welche welches dessen deren dass weil wenn als ob wie wo damit obwohl"),
        Complementizers = new("dass"),
        ClauseBreaks = new("um wenn weil da als damit obwohl während indem sodass"),
        Abbreviations = new("Dr Prof Nr St Hr Fr bzw ca z.B d.h u.a usw vgl evtl inkl Mio Mrd Jh Str etc Abs Art"),
        CommonWords = new("der die das und ist nicht mit sich des auf für ein eine dem den von zu im auch es wird sind"),
        QuestionWords = new("warum weshalb wieso wie was ob wer wen wem wozu wohin woher wann"),
        VideoMarkers = ["Sehen Sie sich an:", "Sehen Sie hier:", "Sehen Sie:", "Schauen Sie:", "Video:"],
        Dates = new DateWords
        {
            Months = DateWords.MonthNames("Januar 1 Jänner 1 Februar 2 März 3 April 4 Mai 5 Juni 6 Juli 7 August 8 September 9 Oktober 10 November 11 Dezember 12 Jan. 1 Feb. 2 Aug. 8 Sept. 9 Okt. 10 Nov. 11 Dez. 12"),
            Weekdays = DateWords.Days("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "Sonnabend"),
            MonthLeadIn = @"im|seit|bis|ab|Anfang|Mitte|Ende|vom|zum|bis\s+zum",
            YearLeadIn = @"im\s+Jahre?|seit\s+dem\s+Jahr|im|seit|bis|in|ab|von|Anfang|Mitte|Ende",
            WeekdayCompounds = "abend|morgen|vormittag|mittag|nachmittag|nacht",
            FutureMarkers = new("wird werden soll sollen ab will wollen kommenden nächsten nächste künftig"),
            PastMarkers = new("hat hatte hatten war waren wurde wurden begann begannen sagte sagten vergangenen letzten damals"),
            FrequencyWords = new("jeden jedem jede immer"),
            RelativeDays = new Dictionary<string, int> { ["heute"] = 0, ["gestern"] = -1, ["vorgestern"] = -2, ["morgen"] = 1, ["übermorgen"] = 2 },
        },
        ViewAnnouncement = Announcement(),
        NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4 },
        FirstViewMarkers = ["Erstens", "Zum einen", "Einerseits", "Die einen", "Auf der einen Seite"],
        FurtherViewMarkers =
        [
            "Zweitens", "Drittens", "Viertens", "Zum anderen", "Andererseits", "Auf der anderen Seite", "Die Gegenmeinung",
            "Die Gegenposition", "Die Gegenthese", "Die andere Sicht", "Die anderen", "Andere wiederum", "Wieder andere", "Andere", "Dagegen",
        ],
        CapitalizesNouns = true,
        OwnerBaseForm = BaseFormOfGenitive,
    };

    /// <summary>"des Senders" → "Sender", "des Hauses" → "Haus"; feminine and plural owners keep their form.</summary>
    private static string BaseFormOfGenitive(string article, string noun)
    {
        if (!article.Equals("des", StringComparison.OrdinalIgnoreCase) && !article.Equals("eines", StringComparison.OrdinalIgnoreCase))
        {
            return noun;
        }

        if (noun.EndsWith("es", StringComparison.Ordinal) && noun.Length > 4 && noun[^3] is 's' or 'ß' or 'z' or 'x')
        {
            return noun[..^2];
        }

        return noun.EndsWith('s') && noun.Length > 3 ? noun[..^1] : noun;
    }

    [GeneratedRegex(@"\b(zwei|drei|vier|mehrere|verschiedene|unterschiedliche|gegensätzliche|konkurrierende)\s+(?:\p{L}+\s+)?(Ansichten|Sichtweisen|Meinungen|Lesarten|Theorien|Erklärungen|Deutungen|Positionen|Lager|Denkschulen|Interpretationen)\b")]
    private static partial Regex Announcement();
}
