using static Explainer.Tests.Import.DateMentionsTestKit;

namespace Explainer.Tests.Import;

public class GermanDateMentionsTests
{
    [Theory]
    [InlineData("Der Vertrag wurde am 28. März 2024 unterzeichnet.", "2024-03-28")]
    [InlineData("Der Vertrag wurde am 28. März unterzeichnet.", "2024-03-28")]
    [InlineData("Die Stadt will am 3. Juli klagen.", "2024-07-03")]
    [InlineData("Die Arbeiten hatten im Oktober 2023 begonnen.", "2023-10")]
    [InlineData("Seit 2019 gibt es Streit.", "2019")]
    [InlineData("Im Jahr 2000 war alles anders.", "2000")]
    [InlineData("Bis 2030 soll die Brücke stehen.", "2030")]
    [InlineData("Am Stichtag 19.06.2024 lief die Frist ab.", "2024-06-19")]
    [InlineData("Vom 1. bis 15. Juli ist die Straße gesperrt.", "2024-07-01/2024-07-15")]
    [InlineData("Am Dienstag, 18. Juni, tagte der Rat.", "2024-06-18")]
    [InlineData("Gestern tagte der Rat.", "2024-06-18")]
    [InlineData("Am Dienstagabend sprach der Kanzler.", "2024-06-18")]
    [InlineData("Anfang 2023 begann der Bau.", "2023")]
    public void Absolute_dates_months_and_years_are_found(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, "de"));

    [Theory]
    [InlineData("Das Ministerium hat am Montag mitgeteilt, dass es prüft.", "2024-06-17")]
    [InlineData("Die Brücke wird ab Montag gesperrt.", "2024-06-24")]
    [InlineData("Am Mittwoch tagte der Rat.", "2024-06-19")]
    [InlineData("Am Mittwoch wird der Rat tagen.", "2024-06-26")]
    [InlineData("Die Arbeiten hatten im Oktober begonnen.", "2023-10")]
    [InlineData("Im Oktober soll es losgehen.", "2024-10")]
    [InlineData("Im Mai soll es losgehen.", "2025-05")]
    [InlineData("Im Mai hatte es begonnen.", "2024-05")]
    [InlineData("Am 30. Juni war Schluss.", "2023-06-30")]
    public void Weekdays_and_dates_without_a_year_follow_the_tense(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, "de"));

    [Fact]
    public void A_span_of_years_gives_both_years() =>
        Assert.Equal(["2019", "2021"], Dates("Die Zahl stieg von 2019 bis 2021 um 20 Prozent.", "de"));

    [Fact]
    public void Each_clause_has_its_own_tense() =>
        Assert.Equal(["2024-06-17", "2024-06-24"], Dates("Das Amt hat am Montag mitgeteilt, dass die Brücke ab Montag gesperrt wird.", "de"));

    [Theory]
    [InlineData("Der Streit dauert drei Jahre lang.")]
    [InlineData("Seit zwei Jahren wird gebaut.")]
    [InlineData("Sechs Wochen lang wird gebaut.")]
    [InlineData("Der Markt ist jeden Dienstag geöffnet.")]
    [InlineData("Der Markt ist montags geöffnet.")]
    [InlineData("Die Sitzung beginnt um 14 Uhr.")]
    [InlineData("Es kamen 2000 Menschen.")]
    [InlineData("Es kamen bis 2000 Menschen.")]
    [InlineData("Im Jahr darauf blieb es ruhig.")]
    [InlineData("Am Morgen blieb es ruhig.")]
    [InlineData("Sie sagte, dass sie es mag.")]
    public void Durations_habits_clock_times_and_counts_are_no_dates(string sentence) =>
        Assert.Empty(Dates(sentence, "de"));

    [Fact]
    public void Without_an_anchor_only_dates_with_their_year_are_found() =>
        Assert.Equal(["2023-10"], DateMentionsTestKitNoAnchor("Am Montag und am 3. Juli, wie schon im Oktober 2023."));

    [Fact]
    public void A_weekday_on_a_sunday_anchor_looks_back_across_the_year_end() =>
        Assert.Equal(["2023-12-29"], Dates("Am Freitag hatte die Stadt gewarnt.", "de", new DateOnly(2024, 1, 1)));

    [Fact]
    public void A_future_month_before_the_anchor_is_next_year() =>
        Assert.Equal(["2025-01-15"], Dates("Der Prozess soll am 15. Januar beginnen.", "de", new DateOnly(2024, 12, 30)));

    [Fact]
    public void A_past_day_after_the_anchor_is_last_year() =>
        Assert.Equal(["2023-12-31"], Dates("Am 31. Dezember hatte es geschneit.", "de", new DateOnly(2024, 1, 2)));

    private static string[] DateMentionsTestKitNoAnchor(string sentence) =>
        [.. Explainer.Import.DateMentions.Find(sentence, Explainer.Import.ImportLanguages.Find("de")!, null).Select(d => d.Iso)];
}
