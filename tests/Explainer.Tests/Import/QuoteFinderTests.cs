using Explainer.Import;

namespace Explainer.Tests.Import;

public class QuoteFinderTests
{
    [Theory]
    [InlineData("de", "Er sagte: „Ja.“ Dann »Nein« und ‚vielleicht‘.", new[] { "Ja.", "Nein", "vielleicht" })]
    [InlineData("en", "“Yes,” she said, and then \"no\" - but Kim's 5'8\" friend said nothing.", new[] { "Yes", "no" })]
    [InlineData("fr", "«\u202FOui\u202F», dit-il, puis «\u00A0non\u00A0» et « peut-être ».", new[] { "Oui", "non", "peut-être" })]
    public void Each_language_uses_its_own_marks(string language, string text, string[] expected)
    {
        var spans = QuoteFinder.Find([text], ImportLanguages.Find(language)!);

        Assert.Equal(expected, spans.Select(s => s.Text));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_opens_each_and_closes_at_the_end()
    {
        string[] paragraphs = ["„Erstens.", "„Zweitens.", "„Drittens.“ Danach.", "„Neu“"];

        var spans = QuoteFinder.Find(paragraphs, ImportLanguages.Find("de")!);

        Assert.Equal(2, spans.Count);
        Assert.Equal((0, 2), (spans[0].FirstParagraph, spans[0].LastParagraph));
        Assert.Equal("Erstens.\n\nZweitens.\n\nDrittens.", spans[0].Text);
        Assert.Equal("Neu", spans[1].Text);
    }

    [Fact]
    public void An_unclosed_quote_ends_where_the_paragraphs_stop_opening_with_its_mark()
    {
        string[] paragraphs = ["“One.", "Then prose."];

        var span = Assert.Single(QuoteFinder.Find(paragraphs, ImportLanguages.Find("en")!));

        Assert.Equal((0, 0, "One."), (span.FirstParagraph, span.LastParagraph, span.Text));
    }

    [Fact]
    public void A_stray_mark_inside_a_paragraph_is_no_quote()
    {
        Assert.Empty(QuoteFinder.Find(["Ein „ verirrtes Zeichen."], ImportLanguages.Find("de")!));
    }
}
