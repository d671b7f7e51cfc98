using static Explainer.Tests.Import.DateMentionsTestKit;

namespace Explainer.Tests.Import;

public class EnglishDateMentionsTests
{
    [Theory]
    [InlineData("The treaty was signed on 20 May.", "2024-05-20")]
    [InlineData("The treaty was signed on May 20, 2024.", "2024-05-20")]
    [InlineData("The treaty was signed on 20 May 2023.", "2023-05-20")]
    [InlineData("The council met in March 2019.", "2019-03")]
    [InlineData("Prices have risen since 2019.", "2019")]
    [InlineData("In 2000 the bridge was new.", "2000")]
    [InlineData("The minister spoke on Tuesday.", "2024-06-18")]
    [InlineData("The minister will speak on Tuesday.", "2024-06-25")]
    [InlineData("The council met yesterday.", "2024-06-18")]
    [InlineData("The works started in October.", "2023-10")]
    [InlineData("The works will start in October.", "2024-10")]
    [InlineData("The works will start on 1 March.", "2025-03-01")]
    [InlineData("The road is closed from 1 to 15 July.", "2024-07-01/2024-07-15")]
    [InlineData("The report is dated 2024-06-03.", "2024-06-03")]
    [InlineData("Sales fell 3 percent in the first quarter of 2024.", "2024")]
    public void Dates_are_found_and_resolved(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, "en"));

    [Theory]
    [InlineData("They have argued for two years.")]
    [InlineData("The market opens every Tuesday.")]
    [InlineData("The market opens on Tuesdays.")]
    [InlineData("The meeting starts at 2 pm.")]
    [InlineData("In 2000 cases the court agreed.")]
    [InlineData("She may come, he said.")]
    [InlineData("Some 2000 people came.")]
    public void Durations_habits_clock_times_and_counts_are_no_dates(string sentence) =>
        Assert.Empty(Dates(sentence, "en"));

    [Fact]
    public void A_sentence_with_two_dates_gives_both() =>
        Assert.Equal(["2019", "2024-06-17"], Dates("Prices have risen since 2019, the agency said on Monday.", "en"));
}
