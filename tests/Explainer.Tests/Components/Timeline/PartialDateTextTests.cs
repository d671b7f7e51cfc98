using Explainer.Components.Timeline;

namespace Explainer.Tests.Components.Timeline;

public class PartialDateTextTests
{
    [Theory]
    [InlineData("2024-06-19", "de", "19. Juni 2024")]
    [InlineData("2024-05", "de", "Mai 2024")]
    [InlineData("2000", "de", "2000")]
    [InlineData("2024-03-01", "de", "1. März 2024")]
    [InlineData("2024-06-19", "en", "19 June 2024")]
    [InlineData("2024-05", "en", "May 2024")]
    [InlineData("2024-06-01", "fr", "1er juin 2024")]
    [InlineData("2024-06-19", "fr", "19 juin 2024")]
    [InlineData("2024-02", "fr", "février 2024")]
    public void Dates_are_written_as_the_language_writes_them(string iso, string language, string expected)
    {
        Assert.True(PartialDate.TryParse(iso, out var date));
        Assert.Equal(expected, PartialDateText.Format(date, language));
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("2000-07-19", "2000-07-20", "de", "19.–20. Juli 2000")]
    [InlineData("2000-07-19", "2000-07-20", "en", "19–20 July 2000")]
    [InlineData("2024-05", "2024-06", "de", "Mai–Juni 2024")]
    [InlineData("2023-12-30", "2024-01-02", "de", "30. Dezember 2023 – 2. Januar 2024")]
    [InlineData("2024-06-19", "2024-06-19", "de", "19. Juni 2024")]
    public void Ranges_share_what_their_ends_share(string from, string to, string language, string expected)
    {
        Assert.True(PartialDate.TryParse(from, out var start));
        Assert.True(PartialDate.TryParse(to, out var end));
        Assert.Equal(expected, PartialDateText.Format(start, end, language));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("24")]
    [InlineData("2024-6-1")]
    [InlineData("Juni 2024")]
    [InlineData("0000")]
    [InlineData("0000-02-29")]
    public void Impossible_dates_do_not_parse(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Precision_orders_a_month_before_its_first_day()
    {
        PartialDate.TryParse("2024-06", out var month);
        PartialDate.TryParse("2024-06-01", out var day);
        Assert.True(month.CompareTo(day) < 0);
    }
}
