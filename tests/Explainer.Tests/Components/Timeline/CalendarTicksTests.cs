using Explainer.Components.Timeline;

namespace Explainer.Tests.Components.Timeline;

/// <summary>Ticks in calendar units by a segment's length, written as the language writes dates, never overlapping.</summary>
public sealed class CalendarTicksTests
{
    private const double FontSize = 19.5;
    private const double Gap = 10;

    private static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;

    private static IReadOnlyList<AxisTick> Ticks(string language, params AxisSegment[] segments) => Ticks(language, FontSize, segments);

    private static IReadOnlyList<AxisTick> Ticks(string language, double fontSize, params AxisSegment[] segments) =>
        CalendarTicks.For(segments, language, fontSize, 640, Gap);

    [Fact]
    public void Years_for_a_segment_of_years()
    {
        var ticks = Ticks("de", new AxisSegment(Day(2019, 4, 25), Day(2024, 6, 20), 100, 600));

        Assert.Equal(["2020", "2021", "2022", "2023", "2024"], ticks.Select(t => t.Text));
    }

    [Fact]
    public void Months_for_a_segment_of_months_with_the_year_at_the_first_and_at_january()
    {
        var ticks = Ticks("de", 10, new AxisSegment(Day(2023, 11, 10), Day(2024, 5, 20), 0, 640));

        Assert.Equal(["Dezember 2023", "Januar 2024", "Februar", "März", "April", "Mai"], ticks.Select(t => t.Text));
    }

    [Fact]
    public void Days_for_a_short_segment_written_as_the_language_writes_them()
    {
        var de = Ticks("de", 10, new AxisSegment(Day(2024, 6, 18), Day(2024, 6, 22), 40, 600));
        var en = Ticks("en", 10, new AxisSegment(Day(2024, 6, 18), Day(2024, 6, 22), 40, 600));

        Assert.Equal(["18. Juni 2024", "19. Juni", "20. Juni", "21. Juni"], de.Select(t => t.Text));
        Assert.Equal(["18 June 2024", "19 June", "20 June", "21 June"], en.Select(t => t.Text));
    }

    [Fact]
    public void A_month_segment_with_little_room_ticks_every_second_month()
    {
        var ticks = Ticks("de", new AxisSegment(Day(2023, 11, 10), Day(2024, 5, 20), 40, 600));

        Assert.Equal(["Januar 2024", "März", "Mai"], ticks.Select(t => t.Text));
    }

    [Fact]
    public void A_segment_of_one_day_has_one_tick_its_day()
    {
        var tick = Assert.Single(Ticks("en", 10, new AxisSegment(Day(2024, 6, 19), Day(2024, 6, 20), 44, 596)));

        Assert.Equal("19 June 2024", tick.Text);
    }

    [Fact]
    public void A_crowded_segment_ticks_every_second_or_fifth_unit()
    {
        var ticks = Ticks("de", new AxisSegment(Day(1990, 1, 1), Day(2030, 1, 1), 40, 600));

        Assert.True(ticks.Count is >= 3 and < 41, $"{ticks.Count} ticks");
        var years = ticks.Select(t => int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var step = years[1] - years[0];
        Assert.Contains(step, new[] { 2, 5, 10 });
        Assert.All(years, y => Assert.Equal(0, y % step));
    }

    [Fact]
    public void A_segment_too_narrow_for_two_labels_gets_its_year_at_its_start()
    {
        var tick = Assert.Single(Ticks("de", new AxisSegment(Day(2000, 7, 19), Day(2000, 7, 21), 44, 44.5)));

        Assert.Equal("2000", tick.Text);
        Assert.Equal(44, tick.X, 6);
    }

    [Fact]
    public void No_two_labels_overlap_across_segments_and_none_leaves_the_frame()
    {
        var ticks = Ticks("de",
            new AxisSegment(Day(2000, 7, 19), Day(2000, 7, 21), 0, 1),
            new AxisSegment(Day(2019, 4, 25), Day(2024, 6, 20), 60, 640));

        Assert.Equal("2000", ticks[0].Text);
        Assert.All(ticks, t => Assert.True(t.Box.Left >= 0 && t.Box.Right <= 640, $"{t.Text} at {t.Box}"));
        Assert.All(ticks.Zip(ticks.Skip(1)), p => Assert.False(p.First.Box.Overlaps(p.Second.Box, Gap), $"{p.First.Text} and {p.Second.Text} overlap"));
    }
}
