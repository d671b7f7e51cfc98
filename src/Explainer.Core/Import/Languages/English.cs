using System.Text.RegularExpressions;

namespace Explainer.Import.Languages;

/// <summary>English: “…” and "…"; "said Chris Monday" and "Mr Monday said"; "according to".</summary>
internal static partial class English
{
    public static ImportLanguage Language { get; } = new()
    {
        Code = "en",
        QuoteMarks = [new('“', '”'), new('"', '"')],
        SpeechVerbs =
        [
            new("said"), new("says"), new("say"), new("told"), new("tells"), new("added"), new("adds"),
            new("explained"), new("explains"), new("argued"), new("argues"), new("noted"), new("notes"),
            new("wrote"), new("writes"), new("warned"), new("warns"), new("insisted"), new("insists"),
            new("asked"), new("asks"), new("replied"), new("continued"), new("went on"), new("stated"),
            new("claimed"), new("declared"), new("recalled"), new("concluded"), new("read"), new("reads"),
            new("according to", HeadOnly: true),
        ],
        Pronouns = new("he she"),
        Impersonal = new("some many others one people"),
        Honorifics = new("Mr Mrs Ms Miss Dr Prof Sir Lady Lord"),
        Articles = new("the a an"),
        DefiniteArticles = new("the"),
        Quantifiers = new("no many few some several another every"),
        Prepositions = new("in on at of for with from by to into about over under against between during after before since through without within near"),
        OwnerMarkers = new("of"),
        TextNouns = new("headline article report story piece editorial column statement front-page"),
        RoleWordEndings =
        [
            "president", "minister", "secretary", "chancellor", "senator", "professor", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "general", "analyst", "governor", "mayor", "director", "chairman", "chairwoman", "leader",
        ],
        NameParticles = new("von van der de da di du le la al el bin ibn"),
        ClauseOpeners = new("who which that whose whom where when because although"),
        Complementizers = new("that"),
        ClauseBreaks = new("to when because if since while which who so although"),
        Abbreviations = new("Mr Mrs Ms Dr Prof St Jr Sr vs etc e.g i.e Gen Col Lt Sgt Rep Sen Gov No"),
        CommonWords = new("the and is of to in that it was for on with as are be this by"),
        QuestionWords = new("why how what whether who where when which"),
        VideoMarkers = ["Watch the video:", "Watch:", "Video:"],
        Dates = new DateWords
        {
            Months = DateWords.MonthNames("January 1 February 2 March 3 April 4 May 5 June 6 July 7 August 8 September 9 October 10 November 11 December 12 Jan. 1 Feb. 2 Aug. 8 Sept. 9 Oct. 10 Nov. 11 Dec. 12"),
            Weekdays = DateWords.Days("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
            MonthLeadIn = @"in|since|until|by|from|early|mid|late|last|next|this",
            YearLeadIn = @"in\s+the\s+year|in|since|until|by|from|of",
            FutureMarkers = new("will shall going next won't ’ll"),
            PastMarkers = new("was were had did last ago"),
            FrequencyWords = new("every each"),
            RelativeDays = new Dictionary<string, int> { ["today"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1 },
            MonthBeforeDay = true,
            PastSuffix = "ed",
            PresentMarkers = new("is are am"),
        },
        ViewAnnouncement = Announcement(),
        NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["two"] = 2, ["three"] = 3, ["four"] = 4 },
        FirstViewMarkers = ["First", "Firstly", "First of all", "On the one hand", "One view", "Some argue", "Some say", "Some believe"],
        FurtherViewMarkers =
        [
            "Second", "Secondly", "Third", "Thirdly", "On the other hand", "The opposing view", "The counter-argument",
            "The counterargument", "The other view", "Others", "Still others", "Yet others", "Alternatively", "A third view",
        ],
    };

    [GeneratedRegex(@"\b(two|three|four|several|competing|different|opposing|rival|conflicting)\s+(?:\p{L}+\s+)?(views|schools of thought|explanations|theories|interpretations|readings|camps|arguments|positions|perspectives|answers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();
}
