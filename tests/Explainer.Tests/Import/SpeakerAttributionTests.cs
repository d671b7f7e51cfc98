using Explainer.Import;

namespace Explainer.Tests.Import;

public class SpeakerAttributionTests
{
    [Theory]
    [InlineData("„Das ist falsch“, so Anna Schmidt.", "Anna Schmidt")]
    [InlineData("Anna Schmidt sagte: „Das ist falsch.“", "Anna Schmidt")]
    [InlineData("„Das ist falsch“, sagte US-Außenministerin Anna Schmidt.", "Anna Schmidt")]
    [InlineData("„Das ist falsch“, erklärte Ursula von der Leyen am Dienstag.", "Ursula von der Leyen")]
    [InlineData("„Das ist falsch“, Anna Schmidt zufolge.", "Anna Schmidt")]
    public void German_attributions_name_the_speaker(string text, string name)
    {
        var draft = ImportTestKit.Draft(text, "de");

        Assert.Equal(name, Assert.Single(draft.People).Name);
        Assert.Equal(draft.People[0].Id, Assert.Single(draft.Quotes).Speaker);
    }

    [Fact]
    public void A_role_word_before_the_name_is_the_role()
    {
        var draft = ImportTestKit.Draft("„Das ist falsch“, sagte US-Außenministerin Anna Schmidt.", "de");

        Assert.Equal("US-Außenministerin", draft.People[0].Role);
    }

    [Fact]
    public void A_relative_clause_is_no_role()
    {
        var draft = ImportTestKit.Draft("„Das ist falsch“, sagte Anna Schmidt, die seit Jahren in Busan lebt.", "de");

        Assert.Null(draft.People[0].Role);
    }

    [Fact]
    public void A_pronoun_refers_to_the_last_person_and_a_surname_to_the_full_name()
    {
        var draft = ImportTestKit.Draft("„Eins“, sagte Anna Schmidt.\n„Zwei“, sagte sie.\nDazwischen Text.\n„Drei“, sagte Schmidt.", "de");

        Assert.All(draft.Quotes, q => Assert.Equal("anna-schmidt", q.Speaker));
        Assert.Equal(["Schmidt"], draft.People[0].Aliases);
    }

    [Fact]
    public void Speech_by_nobody_in_particular_has_no_speaker()
    {
        var draft = ImportTestKit.Draft("„Das war ein Fehler“, sagen manche.", "de");

        Assert.Null(Assert.Single(draft.Quotes).Speaker);
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quote_inherits_only_right_after_attributed_speech()
    {
        var draft = ImportTestKit.Draft("„Eins“, sagte Anna Schmidt.\nEin Absatz dazwischen.\n„Zwei ist ein ganzer Satz.“", "de");

        Assert.Null(draft.Quote("Zwei").Speaker);
    }

    [Fact]
    public void A_source_quoted_again_as_the_article_is_one_entry()
    {
        var draft = ImportTestKit.Draft("„Eins“, schrieb eine Boulevardzeitung.\n„Zwei“, fuhr der Artikel fort.", "de");

        var source = Assert.Single(draft.People);
        Assert.Equal("Boulevardzeitung", source.Name);
        Assert.Equal(["der Artikel"], source.Aliases);
    }
}
