using System.Globalization;
using Explainer.Components.Maps;

namespace Explainer.Components.Timeline;

/// <summary>A tick of the axis: where it is, its label, and the label's extent (centred on the tick unless the frame's edge moved it).</summary>
public sealed record AxisTick(double X, string Text, Span Box);

/// <summary>
/// Ticks for each segment of an axis (at the days it covers: its end is the day after its last) in calendar units: years for a segment of two years or more,
/// months for one of two months or more, days below that; every 1, 2, 5… of them, the fewest steps
/// whose labels stand clear of each other at the font size given. Months and days name their year
/// at a segment's first tick and at each new year ("Mai 2024", "Juni"; "19. Juni 2024", "20. Juni").
/// A segment too narrow for two labels gets one, its year, at its start.
/// </summary>
public static class CalendarTicks
{
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
    private static readonly int[] MonthSteps = [1, 2, 3, 6];
    private static readonly int[] DaySteps = [1, 2, 5, 10];

    /// <summary>The labelled ticks of all segments, left to right, none overlapping another (with <paramref name="gap"/> between) nor leaving <c>[0, frameWidth]</c>.</summary>
    public static IReadOnlyList<AxisTick> For(IReadOnlyList<AxisSegment> segments, string language, double fontSize, double frameWidth, double gap)
    {
        var placed = new List<AxisTick>();
        foreach (var segment in segments)
        {
            foreach (var tick in ForSegment(segment, language, fontSize, frameWidth, gap))
            {
                if (!placed.Any(p => p.Box.Overlaps(tick.Box, gap)))
                {
                    placed.Add(tick);
                }
            }
        }

        return placed;
    }

    private static IReadOnlyList<AxisTick> ForSegment(AxisSegment segment, string language, double fontSize, double frameWidth, double gap)
    {
        var from = DateOnly.FromDayNumber(segment.From);
        AxisTick Make(int day, string text) => At(segment.X(day), text, fontSize, frameWidth);

        if (segment.Right - segment.Left < 2 * LabelPlacer.TextWidth("0000", fontSize))
        {
            return [Make(segment.From, Year(from))];
        }

        var days = segment.To - segment.From;
        int[] steps;
        Func<int, List<AxisTick>> candidates;
        if (days >= 730)
        {
            (steps, candidates) = (YearSteps, step => Years(segment, step, Make));
        }
        else if (days >= 60)
        {
            (steps, candidates) = (MonthSteps, step => Months(segment, step, language, Make));
        }
        else
        {
            (steps, candidates) = (DaySteps, step => Days(segment, step, language, Make));
        }

        List<AxisTick> ticks = [];
        foreach (var step in steps)
        {
            ticks = candidates(step);
            if (ticks.Zip(ticks.Skip(1)).All(pair => !pair.First.Box.Overlaps(pair.Second.Box, gap)))
            {
                return ticks;
            }
        }

        // Even the widest step crowds (a segment a few labels wide): keep what fits, first come first served.
        var kept = new List<AxisTick>();
        kept.AddRange(ticks.Where(t => !kept.Any(k => k.Box.Overlaps(t.Box, gap))));
        return kept;
    }

    private static List<AxisTick> Years(AxisSegment segment, int step, Func<int, string, AxisTick> make)
    {
        var ticks = new List<AxisTick>();
        for (var year = DateOnly.FromDayNumber(segment.From).Year; year <= DateOnly.FromDayNumber(segment.To).Year; year++)
        {
            var day = new DateOnly(year, 1, 1);
            if (year % step == 0 && day.DayNumber >= segment.From && day.DayNumber < segment.To)
            {
                ticks.Add(make(day.DayNumber, Year(day)));
            }
        }

        return ticks;
    }

    private static List<AxisTick> Months(AxisSegment segment, int step, string language, Func<int, string, AxisTick> make)
    {
        var ticks = new List<AxisTick>();
        var from = DateOnly.FromDayNumber(segment.From);
        for (var month = new DateOnly(from.Year, from.Month, 1); month.DayNumber < segment.To; month = month.AddMonths(1))
        {
            if ((month.Month - 1) % step == 0 && month.DayNumber >= segment.From)
            {
                var withYear = ticks.Count == 0 || month.Month == 1;
                var text = withYear
                    ? PartialDateText.Format(new PartialDate(month.Year, month.Month, 1, DatePrecision.Month), language)
                    : PartialDateText.MonthName(month.Month, language);
                ticks.Add(make(month.DayNumber, text));
            }
        }

        return ticks;
    }

    private static List<AxisTick> Days(AxisSegment segment, int step, string language, Func<int, string, AxisTick> make)
    {
        var ticks = new List<AxisTick>();
        for (var number = segment.From; number < segment.To; number++)
        {
            // A step's last tick in a month keeps a full step before the next month's first.
            var day = DateOnly.FromDayNumber(number);
            if ((day.Day - 1) % step == 0 && day.Day - 1 + step <= DateTime.DaysInMonth(day.Year, day.Month))
            {
                var withYear = ticks.Count == 0 || (day.Month == 1 && day.Day == 1);
                var text = withYear
                    ? PartialDateText.Format(new PartialDate(day.Year, day.Month, day.Day, DatePrecision.Day), language)
                    : PartialDateText.DayAndMonth(day, language);
                ticks.Add(make(number, text));
            }
        }

        return ticks;
    }

    /// <summary>A tick's label box: centred on it, or moved inside the frame.</summary>
    private static AxisTick At(double x, string text, double fontSize, double frameWidth)
    {
        var width = LabelPlacer.TextWidth(text, fontSize);
        var left = Math.Clamp(x - (width / 2), 0, Math.Max(0, frameWidth - width));
        return new AxisTick(x, text, new Span(left, left + width));
    }

    private static string Year(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);
}
