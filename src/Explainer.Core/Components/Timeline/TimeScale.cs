namespace Explainer.Components.Timeline;

/// <summary>
/// The days of an event, as day numbers (<see cref="DateOnly.DayNumber"/>): from its first day to the
/// day after the last of its span (<see cref="End"/>: its first day's next without an <c>end</c>), and
/// to the day after the last its date stands for (<see cref="Through"/>: a year-only date stands for its
/// year, a month for its month). The scale is made of the spans; the vaguer days are drawn over it.
/// </summary>
public readonly record struct DayRange(int Start, int End, int Through)
{
    public static DayRange Of(PartialDate date, PartialDate? end = null)
    {
        var start = date.First.DayNumber;
        var spanEnd = end is { } e ? Math.Max(e.After.DayNumber, start + 1) : start + 1;
        return new DayRange(start, spanEnd, Math.Max(spanEnd, date.After.DayNumber));
    }
}

/// <summary>The room an axis has, in user units: where dots may go, how wide a break is, how close two dots may come.</summary>
public readonly record struct AxisRoom(double Left, double Right, double BreakWidth, double MinSpacing);

/// <summary>
/// A stretch of the axis without a break: the days from <see cref="From"/> to <see cref="To"/> drawn
/// from <see cref="Left"/> to <see cref="Right"/>, linearly, except where dots were moved apart: there
/// the axis stretches and shrinks with them (<see cref="Moved"/>), so ticks and bars keep their place
/// among the dots.
/// </summary>
public sealed record AxisSegment(int From, int To, double Left, double Right)
{
    /// <summary>Pairs of positions, in order: where a dot would be by its date, and where it is drawn.</summary>
    public IReadOnlyList<(double Linear, double Drawn)> Moved { get; init; } = [];

    /// <summary>Where a day of this segment lies on the axis.</summary>
    public double X(int day)
    {
        var x = To == From ? Left : Left + ((Right - Left) * (day - From) / (To - From));
        (double Linear, double Drawn) before = (Left, Left), after = (Right, Right);
        foreach (var knot in Moved)
        {
            if (knot.Linear > x)
            {
                after = knot;
                break;
            }

            if (knot.Linear == x)
            {
                return knot.Drawn;
            }

            before = knot;
        }

        return after.Linear == before.Linear ? before.Drawn : before.Drawn + ((after.Drawn - before.Drawn) * (x - before.Linear) / (after.Linear - before.Linear));
    }
}

/// <summary>A break in the axis between <see cref="Left"/> and <see cref="Right"/>, after the event <see cref="Before"/> and before the event <see cref="After"/> (indexes of the input).</summary>
public sealed record AxisBreak(double Left, double Right, int Before, int After)
{
    public double Centre => (Left + Right) / 2;
}

/// <summary>
/// Places dated events on a horizontal axis by a piecewise-linear scale. m is the median of the
/// non-zero gaps between consecutive events' first days; an empty stretch longer than
/// max(<see cref="BreakFactor"/>·m, 1 day) becomes a break of fixed width, so that 19 quiet years do
/// not squeeze three busy weeks into a point. The segments between breaks share the rest of the
/// width in proportion to the days they cover, each with room enough for its dots at the minimum
/// spacing; then a sweep moves dots that came too close apart, forwards and back, inside their
/// segment. Events on the same day keep their input order, left to right. Pure: same input, same numbers.
/// </summary>
public sealed class TimeScale
{
    /// <summary>A gap this many times the median gap (and more than a day) is drawn as a break.</summary>
    public const int BreakFactor = 10;

    private TimeScale(IReadOnlyList<AxisSegment> segments, IReadOnlyList<AxisBreak> breaks, IReadOnlyList<double> dots, IReadOnlyList<double> ends)
    {
        Segments = segments;
        Breaks = breaks;
        Dots = dots;
        Ends = ends;
    }

    /// <summary>The stretches of the axis between breaks, left to right.</summary>
    public IReadOnlyList<AxisSegment> Segments { get; }

    public IReadOnlyList<AxisBreak> Breaks { get; }

    /// <summary>Each event's dot, in input order: at its first day, moved by the minimum-spacing sweep.</summary>
    public IReadOnlyList<double> Dots { get; }

    /// <summary>Where each event's days end on the axis (<see cref="DayRange.Through"/>), in input order; never left of its dot, nor beyond its segment. A one-day event ends almost where it starts.</summary>
    public IReadOnlyList<double> Ends { get; }

    /// <summary>The median of the non-zero gaps between consecutive events' first days, in days (the lower middle one of an even number); 0 when there is none.</summary>
    public static double MedianGap(IReadOnlyList<DayRange> events)
    {
        var starts = events.Select(e => e.Start).Order().ToList();
        var gaps = starts.Zip(starts.Skip(1), (a, b) => b - a).Where(g => g > 0).Order().ToList();
        if (gaps.Count == 0)
        {
            return 0;
        }

        // Of an even number, the lower of the two middle gaps: with two gaps (123 years, then 7 weeks)
        // their mean would hide the long one behind itself.
        return gaps[(gaps.Count - 1) / 2];
    }

    public static TimeScale Build(IReadOnlyList<DayRange> events, AxisRoom room)
    {
        if (events.Count == 0)
        {
            return new TimeScale([], [], [], []);
        }

        // Stable: events on the same first day keep their input order.
        var order = Enumerable.Range(0, events.Count).OrderBy(i => events[i].Start).ToArray();
        var median = MedianGap(events);
        var longest = median > 0 ? Math.Max(BreakFactor * median, 1) : double.PositiveInfinity;

        // Runs of events between breaks. A gap is measured from the last day reached so far (a one-day
        // event's own day), so a span across a quiet stretch fills it.
        var runs = new List<List<int>> { new() { order[0] } };
        var reach = events[order[0]].End;
        var reached = new List<int>();
        foreach (var i in order.Skip(1))
        {
            if (events[i].Start - (reach - 1) > longest)
            {
                reached.Add(reach);
                runs.Add([]);
            }

            runs[^1].Add(i);
            reach = Math.Max(reach, events[i].End);
        }

        reached.Add(reach);

        var breakCount = runs.Count - 1;
        var breakWidth = breakCount == 0 ? 0 : Math.Min(room.BreakWidth, (room.Right - room.Left) / 2 / breakCount);
        var available = room.Right - room.Left - (breakCount * breakWidth);
        var crowding = runs.Sum(r => r.Count - 1);
        var spacing = crowding == 0 ? 0 : Math.Min(room.MinSpacing, available / crowding);
        var spare = available - (crowding * spacing);
        var days = runs.Select((r, k) => (double)(reached[k] - events[r[0]].Start)).ToList();
        var totalDays = days.Sum();

        var segments = new List<AxisSegment>();
        var breaks = new List<AxisBreak>();
        var dots = new double[events.Count];
        var ends = new double[events.Count];
        var left = room.Left;
        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[k];
            var width = ((run.Count - 1) * spacing) + (totalDays > 0 ? spare * days[k] / totalDays : spare / runs.Count);
            var linear = new AxisSegment(events[run[0]].Start, reached[k], left, left + width);
            var at = run.Select(i => linear.X(events[i].Start)).ToArray();
            var xs = Sweep([.. at], linear, spacing);
            var segment = linear with { Moved = [.. at.Zip(xs)] };
            segments.Add(segment);
            for (var j = 0; j < run.Count; j++)
            {
                dots[run[j]] = xs[j];
                ends[run[j]] = Math.Clamp(segment.X(events[run[j]].Through), xs[j], Math.Max(xs[j], segment.Right));
            }

            left += width;
            if (k < breakCount)
            {
                breaks.Add(new AxisBreak(left, left + breakWidth, run[^1], runs[k + 1][0]));
                left += breakWidth;
            }
        }

        return new TimeScale(segments, breaks, dots, ends);
    }

    /// <summary>Moves dots apart to <paramref name="spacing"/>: forwards, then back from the segment's right end; the segment was made wide enough for both.</summary>
    private static double[] Sweep(double[] xs, AxisSegment segment, double spacing)
    {
        for (var j = 1; j < xs.Length; j++)
        {
            xs[j] = Math.Max(xs[j], xs[j - 1] + spacing);
        }

        if (xs.Length > 0)
        {
            xs[^1] = Math.Min(xs[^1], segment.Right);
        }

        for (var j = xs.Length - 2; j >= 0; j--)
        {
            xs[j] = Math.Min(xs[j], xs[j + 1] - spacing);
        }

        return xs;
    }
}
