using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Tests.Content;

public class MarkdownBlocksTests
{
    private static (IReadOnlyList<ArticleBlock> Blocks, IReadOnlyList<Diagnostic> Errors) Parse(string body)
    {
        var diagnostics = new DiagnosticBag();
        var blocks = MarkdownBlocks.Parse(body, "article.md", 0, diagnostics);
        return (blocks ?? [], diagnostics.ToSortedList());
    }

    [Fact]
    public void Raw_html_is_shown_as_text_never_passed_through()
    {
        var (blocks, errors) = Parse("Vorher <script>alert(1)</script> und <img src=x onerror=alert(2)> nachher.\n\n<div onclick=\"x\">Block</div>\n");

        Assert.Empty(errors);
        var html = string.Concat(blocks.Select(b => b.Html));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_ids_win_and_derived_ids_come_from_the_text()
    {
        var (blocks, errors) = Parse("„Putin ist wütend“, meint Chris Monday, Professor.\n\nZweiter Absatz {#p-zwei}\n\n## Eine Überschrift\n");

        Assert.Empty(errors);
        Assert.Equal(["p-putin-ist-wuetend-meint-chris-monday", "p-zwei", "h-eine-ueberschrift"], blocks.Select(b => b.Id));
        Assert.Equal("Zweiter Absatz", blocks[1].Text);
        Assert.Contains("id=\"p-zwei\"", blocks[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_ids_survive_reordering()
    {
        var (first, _) = Parse("Alpha eins.\n\nBeta zwei.\n");
        var (second, _) = Parse("Beta zwei.\n\nAlpha eins.\n");

        Assert.Equal(first.Select(b => b.Id).Order(), second.Select(b => b.Id).Order());
        Assert.Equal(first[0].Id, second[1].Id);
    }

    [Fact]
    public void Fenced_divs_become_blocks_with_children_and_data()
    {
        var (blocks, errors) = Parse("::: {.scene #warum graphic=timeline}\nSchritt eins {#s1}\n\nSchritt zwei {#s2}\n:::\n");

        Assert.Empty(errors);
        var div = Assert.Single(blocks);
        Assert.Equal("warum", div.Id);
        Assert.Equal(["scene"], div.Classes);
        Assert.Equal("timeline", div.Attributes["graphic"]);
        Assert.Equal(["s1", "s2"], div.Children.Select(c => c.Id));
        Assert.DoesNotContain("graphic=", div.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("![x](data:text/html;base64,AAAA)")]
    [InlineData("[x](../../etc/passwd)")]
    [InlineData("<javascript:alert(1)>")]
    public void Unsafe_links_are_errors(string markdown)
    {
        var (_, errors) = Parse(markdown + "\n");

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.UnsafeUrl, error.Code);
    }

    [Theory]
    [InlineData("[x](https://example.org/a?b#c)")]
    [InlineData("[x](mailto:redaktion@example.org)")]
    [InlineData("[x](#p-eins)")]
    [InlineData("[x](media/bild.jpg)")]
    [InlineData("![x](data:image/png;base64,AAAA)")]
    public void Safe_links_pass(string markdown)
    {
        var (_, errors) = Parse(markdown + "\n");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(130, "- ")]
    [InlineData(130, "> ")]
    [InlineData(300, "*")]
    [InlineData(300, "_")]
    [InlineData(11_000, "*")]
    public void Markdown_nested_deeper_than_Markdig_reads_is_a_located_error(int depth, string marker)
    {
        var nested = string.Concat(Enumerable.Repeat(marker, depth)) + "Text" + (marker.Length == 1 ? string.Concat(Enumerable.Repeat(marker, depth)) : string.Empty);
        var diagnostics = new DiagnosticBag();

        var blocks = MarkdownBlocks.Parse("Erster Absatz.\n\n" + nested + "\n\nLetzter Absatz.\n", "article.md", 3, diagnostics);

        Assert.Null(blocks);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("article.md(6,1): error XPL0004: the Markdown here is nested too deeply to be read (lists, quotes, links or emphasis inside each other)", error.ToString());
    }
}
