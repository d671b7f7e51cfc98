using Explainer.Diagnostics;
using Explainer.Import;
using Explainer.Tests.Support;

namespace Explainer.Tests.Import;

public class ImporterEdgeTests
{
    [Fact]
    public void A_paragraph_without_letters_gets_an_id_markdig_can_read()
    {
        var draft = ImportTestKit.Draft("* * *\n…\nText.", "de");

        Assert.Equal(["p-2", "p-3", "p-text"], draft.Paragraphs.Select(p => p.Id));
        Assert.Equal(["* * *", "…", "Text."], ImportTestKit.ReadBack(draft).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_view_sentence_that_is_only_its_marker_still_gets_a_label()
    {
        var draft = ImportTestKit.Draft("There are two views.\n\nFirst.\n\nOthers.", "en");

        Assert.All(Assert.Single(draft.Perspectives).Views, v => Assert.NotEmpty(v.Label));
    }

    [Fact]
    public void Markdown_the_build_would_refuse_is_reported_in_the_source()
    {
        using var temp = new TempFolder();
        var source = temp.Write("story.md", "---\ntitle: x\n---\nFine.\n\nA [bad link](javascript:alert(1)).\n");

        var result = ExplainerImporter.Run(new ImportRequest(source, "story", temp.Combine("input"), "en"));

        // MarkdownBlocks places inline errors at the first line of the body (Markdig gives inlines no line).
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.UnsafeUrl, error.Code);
        Assert.EndsWith("story.md", error.Path, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("input", "story")));
    }

    [Fact]
    public void A_markdown_article_keeps_its_markup_and_gets_ids()
    {
        const string text = "# Putin in Pyongyang\n\n“Putin is *angry*,” said Chris Monday.\n\n- a list\n- stays\n\nKept {#p-kept}\n\n[ref]: https://example.com\n\nSee [the source][ref].\n";

        var draft = ImportTestKit.Draft(text, "en", SourceFormat.Markdown);
        var article = ImportTestKit.ReadBack(draft);

        Assert.Equal("Putin in Pyongyang", article.FrontMatter.Title);
        Assert.Equal(["paragraph", "list", "paragraph", "paragraph"], article.Blocks.Select(b => b.Kind));
        Assert.Contains("href=\"https://example.com\"", article.Blocks[3].Html, StringComparison.Ordinal);
        Assert.Equal("p-putin-is-angry-said-chris-monday", article.Blocks[0].Id);
        Assert.Contains("<em>angry</em>", article.Blocks[0].Html, StringComparison.Ordinal);
        Assert.Equal("p-kept", article.Blocks[2].Id);
        Assert.Equal(("Putin is angry", "chris-monday"), (Assert.Single(draft.Quotes).Text, draft.Quotes[0].Speaker));
    }
}
