using static Explainer.Tests.Import.DateMentionsTestKit;

namespace Explainer.Tests.Import;

public class FrenchDateMentionsTests
{
    [Theory]
    [InlineData("Le traité a été signé le 6 octobre 2023.", "2023-10-06")]
    [InlineData("Le traité a été signé le 6 octobre.", "2023-10-06")]
    [InlineData("Le procès va s’ouvrir le 6 octobre.", "2024-10-06")]
    [InlineData("La loi entre en vigueur le 1er juillet.", "2024-07-01")]
    [InlineData("Le conseil s’est réuni en mars 2019.", "2019-03")]
    [InlineData("Mars 2019 reste dans les mémoires.", "2019-03")]
    [InlineData("Les prix montent depuis 2019.", "2019")]
    [InlineData("Le ministre a parlé mardi.", "2024-06-18")]
    [InlineData("Le ministre a parlé lundi dernier.", "2024-06-17")]
    [InlineData("Le ministre parlera mardi prochain.", "2024-06-25")]
    [InlineData("Le conseil s’est réuni hier.", "2024-06-18")]
    [InlineData("La route est fermée du 1er au 15 juillet.", "2024-07-01/2024-07-15")]
    [InlineData("Le ministre a parlé mardi 18 juin.", "2024-06-18")]
    public void Dates_are_found_and_resolved(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, "fr"));

    [Theory]
    [InlineData("Le chantier dure depuis trois ans.")]
    [InlineData("Le marché ouvre chaque mardi.")]
    [InlineData("Le marché ouvre le mardi.")]
    [InlineData("La séance commence à 14 h.")]
    [InlineData("En 2000 cas, le juge a tranché.")]
    [InlineData("Quelque 2000 personnes sont venues.")]
    public void Durations_habits_clock_times_and_counts_are_no_dates(string sentence) =>
        Assert.Empty(Dates(sentence, "fr"));
}
