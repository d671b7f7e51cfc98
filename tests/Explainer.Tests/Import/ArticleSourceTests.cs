using Explainer.Import;

namespace Explainer.Tests.Import;

public class ArticleSourceTests
{
    [Fact]
    public void Without_blank_lines_every_non_empty_line_is_a_paragraph()
    {
        var source = ArticleSource.Read("\uFEFFFirst line.\r\nSecond line.\rThird line.\n", SourceFormat.PlainText);

        Assert.Equal(["First line.", "Second line.", "Third line."], source.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_line_of_white_space_counts_as_blank()
    {
        var source = ArticleSource.Read("First line.\nSecond line.\n \t \nThird line.\n", SourceFormat.PlainText);

        Assert.Equal(["First line. Second line.", "Third line."], source.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void One_line_per_paragraph_keeps_each_line()
    {
        var source = ArticleSource.Read("  First line.  \nSecond line.\n\n", SourceFormat.PlainText);

        Assert.Equal(["First line.", "Second line."], source.Blocks.Select(b => b.Text));
        Assert.All(source.Blocks, b => Assert.True(b.IsParagraph));
    }

    [Fact]
    public void With_blank_lines_wrapped_lines_join_into_one_paragraph()
    {
        var source = ArticleSource.Read("\n\nThe first paragraph\nwraps here.\n\n\nThe second one\r\ntoo.\n", SourceFormat.PlainText);

        Assert.Equal(["The first paragraph wraps here.", "The second one too."], source.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Markdown_keeps_its_own_source_and_takes_the_title_from_a_leading_heading()
    {
        const string text = "---\ntitle: ignored\n---\n# The title\n\nA *first* paragraph\nover two lines.\n\n- a list\n- stays\n\nLast {#p-kept .lead}\n";

        var source = ArticleSource.Read(text, SourceFormat.Markdown);

        Assert.Equal("The title", source.Title);
        Assert.Equal(3, source.Blocks.Count);
        Assert.Equal(new SourceBlock(true, "A first paragraph over two lines.", "A *first* paragraph\nover two lines."), source.Blocks[0]);
        Assert.Equal(new SourceBlock(false, string.Empty, "- a list\n- stays"), source.Blocks[1]);
        Assert.Equal("p-kept", source.Blocks[2].ExplicitId);
    }

    [Theory]
    [InlineData("Text", false, "Text {#p-a}")]
    [InlineData("Text {.lead}", true, "Text {#p-a .lead}")]
    [InlineData("Text \\{x}", false, "Text \\{x} {#p-a}")]
    public void A_markdown_paragraph_gets_its_id_as_an_attribute(string source, bool hasAttributes, string expected)
    {
        Assert.Equal(expected, MarkdownSource.WithId(source, "p-a", hasAttributes));
    }

    [Fact]
    public void An_empty_heading_is_no_title_and_an_unclosed_fence_is_copied()
    {
        var source = ArticleSource.Read("#\n\nText.\n\n~~~\ncode\n\nmore", SourceFormat.Markdown);

        Assert.Null(source.Title);
        Assert.Equal("~~~\ncode\n\nmore", source.Blocks[^1].Markdown);
    }
}
