using Explainer.Components.Quotes;

namespace Explainer.Tests.Components.Quotes;

public class QuotationMarksTests
{
    [Theory]
    [InlineData("de", "„Putin ist wütend“")]
    [InlineData("de-CH", "«Putin ist wütend»")]
    [InlineData("en", "“Putin ist wütend”")]
    [InlineData("fr", "«\u202FPutin ist wütend\u202F»")]
    public void Each_language_gets_its_own_marks(string language, string expected) =>
        Assert.Equal(expected, QuotationMarks.For(language).Wrap("Putin ist wütend"));

    [Theory]
    [InlineData("„Putin ist wütend“")]
    [InlineData("“Putin ist wütend”")]
    [InlineData("« Putin ist wütend »")]
    [InlineData("\"Putin ist wütend\"")]
    public void Marks_are_never_doubled(string alreadyQuoted) =>
        Assert.Equal("„Putin ist wütend“", QuotationMarks.For("de").Wrap(alreadyQuoted));
}
