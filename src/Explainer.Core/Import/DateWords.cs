using System.Text.RegularExpressions;

namespace Explainer.Import;

/// <summary>
/// One language's date vocabulary, the pattern table <see cref="DateMentions"/> reads: month and
/// weekday names, the words that make a four-digit number a year, and the words that tell the tense.
/// </summary>
public sealed class DateWords
{
    /// <summary>A month table from "Januar 1 Februar 2 …": names and their month numbers.</summary>
    public static Dictionary<string, int> MonthNames(string pairs)
    {
        var items = pairs.Split(' ');
        return Enumerable.Range(0, items.Length / 2).ToDictionary(i => items[2 * i], i => int.Parse(items[(2 * i) + 1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A weekday table from the names from Monday to Sunday, then other names for Saturday.</summary>
    public static Dictionary<string, DayOfWeek> Days(string mondayToSunday, string saturday = "")
    {
        var days = mondayToSunday.Split(' ').Select((name, i) => (name, day: (DayOfWeek)((i + 1) % 7))).ToDictionary(d => d.name, d => d.day);
        foreach (var name in saturday.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            days[name] = DayOfWeek.Saturday;
        }

        return days;
    }

    /// <summary>Month names (and short forms) to their number, 1 to 12, written as in running text.</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>Words before a bare month that make it a date ("im Oktober", "en mars"): a regex alternation.</summary>
    public required string MonthLeadIn { get; init; }

    /// <summary>Words before a four-digit number that make it a year ("seit 2019", "im Jahr 2019"): a regex alternation.</summary>
    public required string YearLeadIn { get; init; }

    /// <summary>Words that put a clause in the future ("wird", "soll", "ab", "prochain").</summary>
    public required WordSet FutureMarkers { get; init; }

    /// <summary>Words that put a clause in the past ("hatte", "was", "avait").</summary>
    public required WordSet PastMarkers { get; init; }

    /// <summary>Words that make a weekday a habit, not a date ("jeden Dienstag", "every Tuesday").</summary>
    public required WordSet FrequencyWords { get; init; }

    /// <summary>Words for a day relative to publication ("gestern" → −1); capitalized only at a sentence start, so "am Morgen" is no "morgen".</summary>
    public IReadOnlyDictionary<string, int> RelativeDays { get; init; } = new Dictionary<string, int>();

    /// <summary>Times of day a weekday joins with into one word ("Dienstagabend"): a regex alternation, or empty.</summary>
    public string WeekdayCompounds { get; init; } = "";

    /// <summary>English writes "May 20" as well as "20 May".</summary>
    public bool MonthBeforeDay { get; init; }

    /// <summary>Names match only as written (German and English capitalize them, so "may" is no month).</summary>
    public bool CaseSensitiveNames { get; init; } = true;

    /// <summary>Present auxiliaries that make a past-tense ending a participle ("is closed").</summary>
    public WordSet PresentMarkers { get; init; } = WordSet.Empty;

    /// <summary>A regular past-tense ending (English "-ed"), or null.</summary>
    public string? PastSuffix { get; init; }

    internal DatePatterns Patterns => field ??= new DatePatterns(this);
}

/// <summary>The regexes built once from a <see cref="DateWords"/> table.</summary>
internal sealed class DatePatterns
{
    private const string DaySuffix = @"(?:\.|er|st|nd|rd|th)?";

    public DatePatterns(DateWords words)
    {
        var names = words.CaseSensitiveNames ? RegexOptions.None : RegexOptions.IgnoreCase;
        var options = names | RegexOptions.CultureInvariant;
        var month = Alternation(words.Months.Keys);
        DayMonth = new Regex(
            $@"\b(?<day>\d{{1,2}}){DaySuffix}(?:\s*(?i:bis(?:\s+zum)?|to|au|–|-)\s*(?<endday>\d{{1,2}}){DaySuffix})?\s+(?i:of\s+)?(?<month>{month})(?!\p{{L}})(?:,?\s+(?<year>\d{{4}})\b)?",
            options);
        MonthDay = words.MonthBeforeDay
            ? new Regex($@"\b(?<month>{month})\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|\p{{L}}))(?:,?\s+(?<year>\d{{4}})\b)?", options)
            : null;
        MonthYear = new Regex($@"\b(?<month>{month})\s+(?<year>\d{{4}})\b", options);
        BareMonth = new Regex($@"\b(?i:{words.MonthLeadIn})\s+(?<month>{month})(?!\p{{L}})", options);
        Year = new Regex($@"\b(?i:{words.YearLeadIn})\s+(?<year>\d{{4}})\b(?!\s*(?:%|€|\$|[.,]\d))(?=(?:\s+(?<next>\p{{L}}+))?)", options);
        Weekday = new Regex($@"(?:(?<before>\p{{L}}+)\s+)?\b(?<weekday>{Alternation(words.Weekdays.Keys)})(?:{words.WeekdayCompounds})?(?!\p{{L}})", options);
        Relative = words.RelativeDays.Count == 0 ? null : new Regex(
            $@"(?:^(?i:(?<relative>{Alternation(words.RelativeDays.Keys)}))|\b(?<relative>{Alternation(words.RelativeDays.Keys)}))(?!\p{{L}})",
            RegexOptions.CultureInvariant);
    }

    public Regex DayMonth { get; }

    public Regex? MonthDay { get; }

    public Regex MonthYear { get; }

    public Regex BareMonth { get; }

    public Regex Year { get; }

    public Regex Weekday { get; }

    public Regex? Relative { get; }

    /// <summary>Longest first, so that "Juni" is not read as "Jun" and a dot in "Sept." is literal.</summary>
    private static string Alternation(IEnumerable<string> names) =>
        string.Join('|', names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));
}
