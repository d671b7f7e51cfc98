using System.Globalization;

namespace Explainer.Components.Timeline;

/// <summary>How much of a date is known, as in TimelineJS: a year, a month, or a day.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>A date known to the year, the month or the day: <c>2000</c>, <c>2024-05</c>, <c>2024-06-19</c>.</summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            date = new PartialDate(year, 1, 1, DatePrecision.Year);
            return true;
        }

        if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            date = new PartialDate(year, month, 1, DatePrecision.Month);
            return true;
        }

        if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day, DatePrecision.Day);
        return true;
    }

    /// <summary>The form for <c>&lt;time datetime&gt;</c>: 2000, 2024-05 or 2024-06-19.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>The first day the date stands for: the day, the first of its month, or 1 January of its year. Dates are kept as written: no time zone enters.</summary>
    public DateOnly First => new(Year, Month, Day);

    /// <summary>The day after the last day the date stands for: a year-only date spans its year, a month its month.</summary>
    public DateOnly After
    {
        get
        {
            // The calendar ends with 9999: its last day stands in for the day after it.
            var last = Precision switch
            {
                DatePrecision.Year => new DateOnly(Year, 12, 31),
                DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
                _ => First,
            };
            return last == DateOnly.MaxValue ? last : last.AddDays(1);
        }
    }

    public int CompareTo(PartialDate other) =>
        (Year, Month, Day, Precision).CompareTo((other.Year, other.Month, other.Day, other.Precision));

    public override string ToString() => ToIso();
}
