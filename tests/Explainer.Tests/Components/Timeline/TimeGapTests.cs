using Explainer.Components.Timeline;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components.Timeline;

/// <summary>A break of the axis told in words, in the article's language, from the theme's UI strings.</summary>
public sealed class TimeGapTests
{
    private static PartialDate Date(string iso) => PartialDate.TryParse(iso, out var date) ? date : throw new ArgumentException(iso);

    private static string Words(string from, string to, string language)
    {
        var diagnostics = new DiagnosticBag();
        var strings = UiStrings.Load(Repository.Theme, p => p, diagnostics).For(language);
        Assert.Empty(diagnostics.ToSortedList());
        return TimeGap.Between(Date(from), Date(to)).Words(strings.Get);
    }

    [Theory]
    [InlineData("2000-07-19", "2019-04-25", "de", "19 Jahre später")]
    [InlineData("2000-07-19", "2019-04-25", "en", "19 years later")]
    [InlineData("2023-03-01", "2024-03-20", "de", "1 Jahr später")]
    [InlineData("2023-03-01", "2024-03-20", "en", "1 year later")]
    [InlineData("2024-01-10", "2024-04-12", "de", "3 Monate später")]
    [InlineData("2024-01-10", "2024-04-12", "en", "3 months later")]
    [InlineData("2024-01-10", "2024-02-12", "de", "1 Monat später")]
    [InlineData("2024-01-10", "2024-02-12", "en", "1 month later")]
    [InlineData("2024-06-01", "2024-06-20", "de", "19 Tage später")]
    [InlineData("2024-06-01", "2024-06-20", "en", "19 days later")]
    [InlineData("2024-06-01", "2024-06-02", "de", "1 Tag später")]
    [InlineData("2024-06-01", "2024-06-02", "en", "1 day later")]
    public void A_gap_is_told_in_the_article_s_language_with_singular_and_plural(string from, string to, string language, string expected) =>
        Assert.Equal(expected, Words(from, to, language));

    [Theory]
    [InlineData("2000-07-19", "2019-04-25", 19, GapUnit.Year)]     // 18 years 9 months: rounded
    [InlineData("2000", "2019", 19, GapUnit.Year)]
    [InlineData("2000", "2019-05", 19, GapUnit.Year)]
    [InlineData("2023-01-15", "2023-12-20", 11, GapUnit.Month)]   // 11.2 months
    [InlineData("2023-01-15", "2023-12-31", 1, GapUnit.Year)]     // 11.5 months
    [InlineData("2024-01", "2024-05", 4, GapUnit.Month)]
    [InlineData("2024-05-01", "2024-05-31", 1, GapUnit.Month)]
    [InlineData("2024-05-01", "2024-05-30", 29, GapUnit.Day)]
    public void A_gap_is_counted_from_first_day_to_first_day_in_the_nearest_whole_unit(string from, string to, int count, GapUnit unit) =>
        Assert.Equal(new TimeGap(count, unit), TimeGap.Between(Date(from), Date(to)));

    [Fact]
    public void Every_language_of_the_theme_has_every_word_a_gap_needs()
    {
        var diagnostics = new DiagnosticBag();
        var strings = UiStrings.Load(Repository.Theme, p => p, diagnostics);
        Assert.Contains("de", strings.Languages);
        foreach (var language in strings.Languages)
        {
            var text = strings.For(language);
            Assert.All(TimeGap.StringKeys, key => Assert.Contains("{0}", text.Get(key), StringComparison.Ordinal));
        }
    }
}
