using System.Text.RegularExpressions;

namespace Explainer.Import.Languages;

/// <summary>French: « … » with (narrow) no-break spaces inside; "a déclaré M. Monday", "a-t-il ajouté", "selon".</summary>
internal static partial class French
{
    public static ImportLanguage Language { get; } = new()
    {
        Code = "fr",
        QuoteMarks = [new('«', '»'), new('“', '”'), new('"', '"')],
        SpeechVerbs =
        [
            new("a dit"), new("dit"), new("a déclaré"), new("déclare"), new("a ajouté"), new("ajoute"),
            new("a affirmé"), new("affirme"), new("a expliqué"), new("explique"), new("a estimé"), new("estime"),
            new("a souligné"), new("souligne"), new("a assuré"), new("assure"), new("a poursuivi"), new("poursuit"),
            new("a indiqué"), new("indique"), new("a confié"), new("confie"), new("a écrit"), new("écrit"),
            new("a titré"), new("titrait"), new("a averti"), new("avertit"), new("a répondu"), new("répond"),
            new("a raconté"), new("raconte"), new("a conclu"), new("conclut"),
            new("selon", HeadOnly: true), new("d' après", HeadOnly: true),
        ],
        Pronouns = new("il elle"),
        Impersonal = new("on certains plusieurs beaucoup"),
        Honorifics = new("M Mme Mlle Dr Pr Me"),
        Articles = new("le la les l' un une des du de d'"),
        DefiniteArticles = new("le la les l'"),
        Quantifiers = new("aucun aucune plusieurs beaucoup peu pas plus trop nombreux nombreuses certains certaines"),
        Prepositions = new("à au aux dans en sur sous par pour avec sans chez vers entre contre depuis pendant après avant selon"),
        OwnerMarkers = new("de d' du des"),
        TextNouns = new("titre article une manchette reportage éditorial communiqué chronique"),
        RoleWordEndings =
        [
            "président", "présidente", "ministre", "porte-parole", "professeur", "professeure", "directeur", "directrice",
            "ambassadeur", "ambassadrice", "général", "analyste", "chef", "cheffe", "secrétaire", "maire",
        ],
        NameParticles = new("de du des la le von van der al el bin da di d'"),
        ClauseOpeners = new("qui que qu' dont où lorsque parce quand"),
        Complementizers = new("que qu'"),
        ClauseBreaks = new("pour quand lorsque parce si qui afin car"),
        Abbreviations = new("M Mme Mlle Dr Pr Me St etc cf"),
        CommonWords = new("le la les et est des une dans pour que qui pas du sur il elle au avec ce"),
        QuestionWords = new("pourquoi comment quoi si qui où quand combien"),
        VideoMarkers = ["Regardez :", "Vidéo :", "À voir :", "A voir :"],
        Dates = new DateWords
        {
            Months = DateWords.MonthNames("janvier 1 février 2 fevrier 2 mars 3 avril 4 mai 5 juin 6 juillet 7 août 8 aout 8 septembre 9 octobre 10 novembre 11 décembre 12 decembre 12"),
            Weekdays = DateWords.Days("lundi mardi mercredi jeudi vendredi samedi dimanche"),
            MonthLeadIn = @"en|depuis|dès|jusqu’en|jusqu'en|début|mi|fin|au\s+mois\s+de|d’ici|d'ici",
            YearLeadIn = @"en\s+l['’]an|en|depuis|dès|jusqu’en|jusqu'en",
            FutureMarkers = new("va vont sera seront prochain prochaine devrait devraient doit doivent partir"),
            PastMarkers = new("a ont avait avaient était étaient fut furent été dernier dernière"),
            FrequencyWords = new("chaque tous les le"),
            RelativeDays = new Dictionary<string, int> { ["aujourd’hui"] = 0, ["aujourd'hui"] = 0, ["hier"] = -1, ["avant-hier"] = -2, ["demain"] = 1 },
            CaseSensitiveNames = false,
        },
        ViewAnnouncement = Announcement(),
        NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4 },
        FirstViewMarkers = ["D'une part", "D'un côté", "Premièrement", "Pour les uns", "Pour certains", "Certains"],
        FurtherViewMarkers =
        [
            "D'autre part", "De l'autre", "D'un autre côté", "De l'autre côté", "Deuxièmement", "Troisièmement",
            "Pour les autres", "Pour d'autres", "D'autres encore", "D'autres", "Enfin",
        ],
        Elisions = new("l' d' qu' n' s' j' c' m' t' jusqu' lorsqu' puisqu'"),
        NormalizeAttribution = text => Inversion().Replace(text, "$2 $1"),
    };

    [GeneratedRegex(@"\b(deux|trois|quatre|plusieurs)\s+(?:\p{L}+\s+)?(points de vue|visions|thèses|explications|lectures|interprétations|camps|écoles|positions|hypothèses|analyses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();

    /// <summary>"dit-il" → "il dit"; "a-t-elle ajouté" → "elle a ajouté".</summary>
    [GeneratedRegex(@"\b(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)\b")]
    private static partial Regex Inversion();
}
