using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Import;

/// <summary>How exactly a date is known: to the day, the month or the year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>The tense of a clause, which decides which weekday or which year a date means.</summary>
public enum ClauseTense
{
    Present,
    Past,
    Future,
}

/// <summary>A date found in a sentence, resolved; <see cref="End"/> closes a range ("vom 1. bis 15. Juli").</summary>
/// <remarks><c>Start</c>, <c>Length</c>: where the words stand in the sentence.</remarks>
public readonly record struct DateMention(DateOnly Date, DatePrecision Precision, DateOnly? End, int Start, int Length)
{
    /// <summary>The date as explainer.yml writes it: 2024-03-28, 2023-10 or 2019.</summary>
    public string Iso => Format(Date, Precision);

    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Finds the dates a sentence mentions and resolves them against the publication date, the way
/// news text means them (HeidelTime's news rules): a weekday is the latest one on or before the
/// anchor, or the next one in a future clause; a day or month without a year keeps the anchor's
/// year unless the tense points the other way. Durations, habits, clock times and counts are no dates.
/// Without an anchor only dates that carry their own year are found.
/// </summary>
public static partial class DateMentions
{
    public static IReadOnlyList<DateMention> Find(string sentence, ImportLanguage language, DateOnly? anchor)
    {
        // An anchor at the calendar's edge could step outside it; such a text has no usable anchor.
        anchor = anchor is { Year: > 1000 and < 9999 } ? anchor : null;
        var words = language.Dates;
        var patterns = words.Patterns;
        ClauseTense Tense(Capture at) => TenseAt(sentence, at.Index, words);
        var found = new List<DateMention>();

        foreach (Match m in NumericDate().Matches(sentence))
        {
            var (day, month, year) = m.Groups["iso"].Success
                ? (Int(m, "iday"), Int(m, "imonth"), Int(m, "iyear"))
                : (Int(m, "day"), Int(m, "month"), Int(m, "year"));
            AddDay(found, m, year, month, day, null);
        }

        foreach (var regex in new[] { patterns.DayMonth, patterns.MonthDay }.OfType<Regex>())
        {
            foreach (Match m in regex.Matches(sentence))
            {
                var month = words.Months[Key(words.Months, m.Groups["month"].Value)];
                var day = Int(m, "day");
                var year = m.Groups["year"].Success ? Int(m, "year") : YearFor(anchor, month, day, Tense(m));
                int? endDay = m.Groups["endday"].Success ? Int(m, "endday") : null;
                AddDay(found, m, year, month, day, endDay);
            }
        }

        foreach (Match m in patterns.MonthYear.Matches(sentence))
        {
            Add(found, m, Date(Int(m, "year"), words.Months[Key(words.Months, m.Groups["month"].Value)], 1), DatePrecision.Month);
        }

        foreach (Match m in patterns.BareMonth.Matches(sentence))
        {
            var month = words.Months[Key(words.Months, m.Groups["month"].Value)];
            Add(found, m, YearFor(anchor, month, null, Tense(m)) is { } year ? Date(year, month, 1) : null, DatePrecision.Month);
        }

        foreach (Match m in patterns.Year.Matches(sentence))
        {
            if (!IsCount(m.Groups["next"], language))
            {
                Add(found, m, Date(Int(m, "year"), 1, 1), DatePrecision.Year);
            }
        }

        foreach (Match m in patterns.Weekday.Matches(sentence))
        {
            // The name is the group; a compound's time of day ("abend") is part of the match's words.
            var weekday = m.Groups["weekday"];
            if (anchor is { } a && !(m.Groups["before"].Success && words.FrequencyWords.Contains(m.Groups["before"].Value))
                && !NextToDay(found, sentence, weekday.Index + weekday.Length))
            {
                Add(found, weekday, WeekdayFrom(a, words.Weekdays[Key(words.Weekdays, weekday.Value)], Tense(weekday)), DatePrecision.Day);
            }
        }

        if (patterns.Relative is { } relative && anchor is { } today)
        {
            foreach (Match m in relative.Matches(sentence))
            {
                Add(found, m, today.AddDays(words.RelativeDays[Key(words.RelativeDays, m.Groups["relative"].Value)]), DatePrecision.Day);
            }
        }

        return [.. found.OrderBy(d => d.Start)];
    }

    /// <summary>
    /// The tense of the clause around <paramref name="index"/> (between commas, semicolons or colons):
    /// "hat am Montag mitgeteilt, dass die Brücke ab Montag gesperrt wird" has a past and a future
    /// clause. A clause without tense words takes the sentence's tense.
    /// </summary>
    public static ClauseTense TenseAt(string sentence, int index, DateWords words)
    {
        var start = sentence.LastIndexOfAny([',', ';', ':'], Math.Max(0, index - 1)) + 1;
        var end = sentence.IndexOfAny([',', ';', ':'], index);
        var clause = TenseOf(sentence[start..(end < 0 ? sentence.Length : end)], words, out var marked);
        return marked ? clause : TenseOf(sentence, words, out _);
    }

    public static ClauseTense TenseOf(string sentence, DateWords words) => TenseOf(sentence, words, out _);

    /// <summary>The clause's tense from its marker words: a future marker wins over a past one.</summary>
    private static ClauseTense TenseOf(string text, DateWords words, out bool marked)
    {
        var tokens = Token().Matches(text).Select(t => t.Value).ToList();
        marked = true;
        if (tokens.Any(words.FutureMarkers.Contains))
        {
            return ClauseTense.Future;
        }

        if (tokens.Any(t => words.PastMarkers.Contains(t)
            || (words.PastSuffix is { } suffix && !tokens.Any(words.PresentMarkers.Contains) && t.Length > suffix.Length + 2 && char.IsLower(t[0]) && t.EndsWith(suffix, StringComparison.Ordinal))))
        {
            return ClauseTense.Past;
        }

        marked = false;
        return ClauseTense.Present;
    }

    /// <summary>The latest such weekday on or before the anchor; in a future clause the next one after it.</summary>
    public static DateOnly WeekdayFrom(DateOnly anchor, DayOfWeek weekday, ClauseTense tense)
    {
        if (tense == ClauseTense.Future)
        {
            var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
            return anchor.AddDays(ahead == 0 ? 7 : ahead);
        }

        return anchor.AddDays(-(((int)anchor.DayOfWeek - (int)weekday + 7) % 7));
    }

    /// <summary>
    /// The anchor's year, one less when a past clause names a later date, one more when a future
    /// clause names an earlier one; null without an anchor. <paramref name="day"/> null compares months.
    /// </summary>
    public static int? YearFor(DateOnly? anchor, int month, int? day, ClauseTense tense)
    {
        if (anchor is not { } a)
        {
            return null;
        }

        var order = month != a.Month ? month.CompareTo(a.Month) : day is { } d ? d.CompareTo(a.Day) : 0;
        return tense switch
        {
            ClauseTense.Past when order > 0 => a.Year - 1,
            ClauseTense.Future when order < 0 => a.Year + 1,
            _ => a.Year,
        };
    }

    private static void AddDay(List<DateMention> found, Match m, int? year, int month, int day, int? endDay)
    {
        if (year is not { } y || y < 1000 || Date(y, month, day) is not { } date)
        {
            return;
        }

        DateOnly? end = endDay is { } e ? Date(y, month, e) : null;
        if (end is { } last && last <= date)
        {
            // "1. bis 15." must run forwards; read the other way round it is not a range.
            return;
        }

        if (Overlaps(found, m.Index, m.Length))
        {
            return;
        }

        found.Add(new DateMention(date, DatePrecision.Day, end, m.Index, m.Length));
    }

    private static void Add(List<DateMention> found, Group m, DateOnly? date, DatePrecision precision)
    {
        if (date is { } d && d.Year >= 1000 && !Overlaps(found, m.Index, m.Length))
        {
            found.Add(new DateMention(d, precision, null, m.Index, m.Length));
        }
    }

    private static bool Overlaps(List<DateMention> found, int start, int length) =>
        found.Any(d => start < d.Start + d.Length && d.Start < start + length);

    /// <summary>"Dienstag, 18. Juni", "mardi 4 juin": the weekday names the day after it and is no date of its own.</summary>
    private static bool NextToDay(List<DateMention> found, string sentence, int end) =>
        found.Any(d => d.Precision == DatePrecision.Day && d.Start >= end && d.Start - end <= 8
            && Gap().IsMatch(sentence[end..d.Start]));

    /// <summary>"bis 2000 Menschen", "in 2000 cases": a noun after the number makes it a count.</summary>
    private static bool IsCount(Group next, ImportLanguage language)
    {
        if (!next.Success)
        {
            return false;
        }

        var word = next.Value;
        if (language.CapitalizesNouns)
        {
            return char.IsUpper(word[0]) && !language.Dates.Months.ContainsKey(word);
        }

        return char.IsLower(word[0]) && !(language.Articles.Contains(word) || language.Prepositions.Contains(word) || language.CommonWords.Contains(word)
            || language.Pronouns.Contains(word) || language.Complementizers.Contains(word) || language.ClauseOpeners.Contains(word)
            || language.Dates.PastMarkers.Contains(word) || language.Dates.FutureMarkers.Contains(word));
    }

    private static DateOnly? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>The table's key for a name matched case-insensitively ("Mars" at a sentence start → "mars").</summary>
    private static string Key<T>(IReadOnlyDictionary<string, T> table, string name) =>
        table.ContainsKey(name) ? name : table.Keys.First(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})|(?<iso>(?<iyear>\d{4})-(?<imonth>\d{2})-(?<iday>\d{2})))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^[,\s]*(?:(?:den|the|le)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Gap();

    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)?")]
    private static partial Regex Token();
}
