using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Tests.Content;

public class BlockIdsTests
{
    [Theory]
    [InlineData("„Putin ist wütend“, meint", "putin-ist-wuetend-meint")]
    [InlineData("👍🏽 Daumen hoch", "daumen-hoch")]
    [InlineData("𝔘𝔫𝔦 Straße", "strasse")]
    [InlineData("Familie 👨‍👩‍👧 und Flagge 🇩🇪", "familie-und-flagge")]
    public void Letters_outside_the_basic_plane_are_left_out_of_a_slug_like_other_symbols(string text, string slug)
    {
        Assert.Equal(slug, BlockIds.Slug(text));
    }

    [Fact]
    public void A_paragraph_with_an_emoji_and_no_id_gets_one_from_its_words()
    {
        var diagnostics = new DiagnosticBag();

        var blocks = MarkdownBlocks.Parse("👍🏽 Daumen hoch.\n", "article.md", 0, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("p-daumen-hoch", Assert.Single(blocks!).Id);
    }
}
