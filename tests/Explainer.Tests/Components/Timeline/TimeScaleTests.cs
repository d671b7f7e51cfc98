using Explainer.Components.Timeline;

namespace Explainer.Tests.Components.Timeline;

/// <summary>Events placed on the axis: breaks for long quiet stretches, proportion elsewhere, dots kept apart.</summary>
public sealed class TimeScaleTests
{
    private static readonly AxisRoom Room = new(44, 596, 64, 28);

    /// <summary>The seed's timeline: July 2000, then five events from April 2019 to June 2024.</summary>
    internal static readonly (string Date, string? End)[] Seed =
        [("2000-07-19", "2000-07-20"), ("2019-04-25", null), ("2022-02-24", null), ("2023-09-13", null), ("2024-05", null), ("2024-06-19", null)];

    private static PartialDate Date(string iso) => PartialDate.TryParse(iso, out var date) ? date : throw new ArgumentException(iso);

    private static DayRange[] Ranges(params (string Date, string? End)[] events) =>
        [.. events.Select(e => DayRange.Of(Date(e.Date), e.End is null ? null : Date(e.End)))];

    private static TimeScale Build(params (string Date, string? End)[] events) => TimeScale.Build(Ranges(events), Room);

    [Fact]
    public void The_seed_breaks_between_2000_and_2019_and_nowhere_else()
    {
        var scale = Build(Seed);

        var gap = Assert.Single(scale.Breaks);
        Assert.Equal((0, 1), (gap.Before, gap.After));
        Assert.Equal(Room.BreakWidth, gap.Right - gap.Left, 6);
        Assert.Equal(2, scale.Segments.Count);
        Assert.True(scale.Dots[0] < gap.Left && gap.Right <= scale.Dots[1], $"the break {gap} is not between the dots {scale.Dots[0]} and {scale.Dots[1]}");
        Assert.Equal(Room.Left, scale.Dots[0], 6);
        Assert.Equal(Room.Right, scale.Dots[^1], 0);
    }

    [Fact]
    public void The_break_rule_is_ten_times_the_median_gap()
    {
        // Gaps of 10, 10, 10 days: a gap of 100 days is no break, 101 is.
        Assert.Empty(Build(("2024-01-01", null), ("2024-01-11", null), ("2024-01-21", null), ("2024-01-31", null), ("2024-05-10", null)).Breaks);
        Assert.Single(Build(("2024-01-01", null), ("2024-01-11", null), ("2024-01-21", null), ("2024-01-31", null), ("2024-05-11", null)).Breaks);
        Assert.Equal(10, TimeScale.MedianGap(Ranges(("2024-01-01", null), ("2024-01-11", null), ("2024-01-21", null), ("2024-01-31", null), ("2024-05-11", null))));
    }

    [Fact]
    public void With_two_gaps_the_shorter_one_is_the_median_so_the_long_one_still_breaks()
    {
        // 1901, then May and June 2024: the mean of the two gaps would be 61 years and no break.
        var scale = Build(("1901", null), ("2024-05", null), ("2024-06-19", null));

        Assert.Equal(49, TimeScale.MedianGap(Ranges(("1901", null), ("2024-05", null), ("2024-06-19", null))));
        Assert.Equal((0, 1), (Assert.Single(scale.Breaks).Before, scale.Breaks[0].After));
    }

    [Fact]
    public void Events_all_on_one_day_have_no_break()
    {
        var scale = Build(("2024-06-19", null), ("2024-06-19", null), ("2024-06-19", null));

        Assert.Equal(0, TimeScale.MedianGap(Ranges(("2024-06-19", null), ("2024-06-19", null))));
        Assert.Empty(scale.Breaks);
        Assert.Single(scale.Segments);
    }

    [Fact]
    public void Without_breaks_the_gaps_keep_their_proportions()
    {
        var scale = Build(("2020", null), ("2021", null), ("2024", null));

        Assert.Empty(scale.Breaks);
        var (a, b) = (scale.Dots[1] - scale.Dots[0], scale.Dots[2] - scale.Dots[1]);
        Assert.Equal(366.0 / (366 + 365 + 365 + 365), a / (a + b), 2);
    }

    [Fact]
    public void A_span_across_a_quiet_stretch_fills_it_and_is_no_break()
    {
        var broken = Build(("2000", null), ("2020-01", null), ("2020-03", null), ("2020-05", null));
        var spanned = Build(("2000", "2019"), ("2020-01", null), ("2020-03", null), ("2020-05", null));

        Assert.Single(broken.Breaks);
        Assert.Empty(spanned.Breaks);
        Assert.Equal(spanned.Dots[1], spanned.Ends[0], 6);
    }

    [Fact]
    public void Events_on_the_same_day_keep_their_order_left_to_right_at_the_minimum_spacing()
    {
        var scale = Build(("2024-06-19", null), ("2024-06-19", null), ("2024-06-19", null), ("2024-12-01", null));

        Assert.True(scale.Dots[0] < scale.Dots[1] && scale.Dots[1] < scale.Dots[2], string.Join(", ", scale.Dots));
        Assert.Equal(Room.MinSpacing, scale.Dots[1] - scale.Dots[0], 6);
        Assert.Equal(Room.MinSpacing, scale.Dots[2] - scale.Dots[1], 6);
    }

    [Fact]
    public void The_sweep_keeps_every_dot_the_minimum_spacing_apart_and_inside_its_segment()
    {
        // A crowded week at the end of a year: the sweep pushes back from the segment's end.
        (string, string?)[] events = [("2023-01-01", null), ("2023-12-25", null), ("2023-12-26", null), ("2023-12-27", null), ("2023-12-28", null), ("2023-12-29", null)];
        var scale = Build(events);

        var dots = scale.Dots.Order().ToList();
        Assert.All(dots.Zip(dots.Skip(1)), p => Assert.True(p.Second - p.First >= Room.MinSpacing - 1e-9, $"{p.First} and {p.Second} are too close"));
        Assert.All(scale.Dots, x => Assert.InRange(x, Room.Left - 1e-9, Room.Right + 1e-9));
    }

    [Fact]
    public void More_dots_than_fit_at_the_minimum_spacing_share_the_width_evenly()
    {
        var events = Enumerable.Range(1, 28).Select(d => ($"2024-02-{d:D2}", (string?)null)).Concat(Enumerable.Range(1, 2).Select(d => ($"2024-03-{d:D2}", (string?)null))).ToArray();
        var scale = Build(events);

        var dots = scale.Dots.Order().ToList();
        Assert.Equal(Room.Left, dots[0], 6);
        Assert.Equal(Room.Right, dots[^1], 6);
        Assert.All(dots.Zip(dots.Skip(1)), p => Assert.True(p.Second - p.First >= ((Room.Right - Room.Left) / 29) - 1e-9));
    }

    [Theory]
    [InlineData("2019", null, "2019-01-01", "2019-01-02", "2020-01-01")]
    [InlineData("2024-05", null, "2024-05-01", "2024-05-02", "2024-06-01")]
    [InlineData("2024-02", null, "2024-02-01", "2024-02-02", "2024-03-01")]
    [InlineData("2024-06-19", null, "2024-06-19", "2024-06-20", "2024-06-20")]
    [InlineData("2000-07-19", "2000-07-20", "2000-07-19", "2000-07-21", "2000-07-21")]
    [InlineData("2022", "2023-05", "2022-01-01", "2023-06-01", "2023-06-01")]
    public void A_date_stands_for_its_year_its_month_or_its_day_as_written_and_its_span_for_what_its_end_says(string date, string? end, string first, string spanEnd, string through)
    {
        var range = DayRange.Of(Date(date), end is null ? null : Date(end));

        int Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).DayNumber;
        Assert.Equal(new DayRange(Day(first), Day(spanEnd), Day(through)), range);
    }

    [Fact]
    public void A_dot_stands_at_the_start_of_its_year_or_month_and_its_bar_reaches_the_end()
    {
        var scale = Build(("2020", null), ("2021-06", null), ("2021-09-01", null));
        var segment = Assert.Single(scale.Segments);

        Assert.Equal(segment.X(new DateOnly(2020, 1, 1).DayNumber), scale.Dots[0], 6);
        Assert.Equal(segment.X(new DateOnly(2021, 1, 1).DayNumber), scale.Ends[0], 6);
        Assert.Equal(segment.X(new DateOnly(2021, 6, 1).DayNumber), scale.Dots[1], 6);
        Assert.Equal(segment.X(new DateOnly(2021, 7, 1).DayNumber), scale.Ends[1], 6);
    }

    [Fact]
    public void A_year_only_date_claims_no_width_for_its_year_and_its_bar_stays_in_its_segment()
    {
        // 1901 alone before a break: a day's share of the width against seven weeks, not a year's.
        var scale = Build(("1901", null), ("2024-05", null), ("2024-06-19", null));

        Assert.True(scale.Segments[0].Right - scale.Segments[0].Left < 0.05 * (Room.Right - Room.Left), $"1901 takes {scale.Segments[0].Right - scale.Segments[0].Left} units");
        Assert.InRange(scale.Ends[0], scale.Dots[0], scale.Segments[0].Right);
    }

    [Fact]
    public void The_first_and_the_last_years_of_the_calendar_are_placed_too()
    {
        var scale = Build(("0001", null), ("0001-02-03", null), ("9999", null), ("9999-12-31", null));

        Assert.Single(scale.Breaks);
        Assert.All(scale.Dots, x => Assert.InRange(x, Room.Left - 1e-9, Room.Right + 1e-9));
    }

    [Fact]
    public void Input_order_is_kept_in_the_results_whatever_the_dates()
    {
        var scale = Build(("2024-06-19", null), ("2019-04-25", null), ("2022-02-24", null));

        Assert.True(scale.Dots[1] < scale.Dots[2] && scale.Dots[2] < scale.Dots[0]);
    }

    [Fact]
    public void No_events_no_axis_and_one_event_one_dot()
    {
        Assert.Empty(TimeScale.Build([], Room).Dots);
        var one = Build(("2024-06-19", null));
        Assert.Equal(Room.Left, Assert.Single(one.Dots), 6);
        Assert.Empty(one.Breaks);
    }
}
