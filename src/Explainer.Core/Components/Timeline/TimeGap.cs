using System.Globalization;

namespace Explainer.Components.Timeline;

/// <summary>The calendar unit a gap is told in.</summary>
public enum GapUnit
{
    Day,
    Month,
    Year,
}

/// <summary>
/// How long after one event another came, as a reader is told it at a break of the axis and in the
/// list: "19 Jahre später", "3 months later". Counted from the first day of each date, rounded to the
/// nearest whole unit: days below 30 days, months below 11.5 months, years above.
/// </summary>
public readonly record struct TimeGap(int Count, GapUnit Unit)
{
    /// <summary>The average length of a month in days, to count the days left over as a part of one.</summary>
    private const double DaysPerMonth = 30.44;

    public static TimeGap Between(PartialDate from, PartialDate to)
    {
        var (a, b) = (from.First, to.First);
        var days = b.DayNumber - a.DayNumber;
        if (days < 30)
        {
            return new TimeGap(days, GapUnit.Day);
        }

        var months = ((b.Year - a.Year) * 12) + (b.Month - a.Month) + ((b.Day - a.Day) / DaysPerMonth);
        return months < 11.5
            ? new TimeGap(Math.Max(1, (int)Math.Round(months, MidpointRounding.AwayFromZero)), GapUnit.Month)
            : new TimeGap((int)Math.Round(months / 12, MidpointRounding.AwayFromZero), GapUnit.Year);
    }

    /// <summary>The UI string it is written with: <c>later_year</c> for one, <c>later_years</c> for more (and the same for months and days).</summary>
    public string StringKey => "later_" + Unit.ToString().ToLowerInvariant() + (Count == 1 ? string.Empty : "s");

    /// <summary>The words, from the UI string <see cref="StringKey"/> with <c>{0}</c> for the count: "19 Jahre später".</summary>
    public string Words(Func<string, string> strings) => string.Format(CultureInfo.InvariantCulture, strings(StringKey), Count);

    /// <summary>Every UI string a gap may be written with.</summary>
    public static readonly string[] StringKeys =
        [.. Enum.GetValues<GapUnit>().SelectMany(u => new[] { new TimeGap(1, u).StringKey, new TimeGap(2, u).StringKey })];
}
