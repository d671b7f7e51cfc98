using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Import;
using Explainer.Tests.Support;

namespace Explainer.Tests.Import;

public class MarkdownEscaperTests
{
    public static TheoryData<string> NastyLines() =>
    [
        "# Not a heading",
        "###### Not a heading either",
        "#hashtag stays as it is",
        "> not a quote",
        "- not a list",
        "+ not a list",
        "* not a list",
        "-",
        "+",
        "---",
        "- - -",
        "***",
        "___",
        "===",
        "-- a dash, not a rule",
        "1. not an ordered list",
        "2024. Das Jahr, in dem alles begann",
        "10) not a list",
        "123456789. still not a list",
        "1.5 Millionen Menschen",
        "~~~ not a fence",
        "``` not a fence",
        "::: not a container",
        "a::b::c is not a span",
        "10:30 Uhr, a: b",
        "*emphasis* and _underscore_ and __strong__ and snake_case_word",
        "`code` and ``more``",
        "[link](https://example.com) and ![image](x.png) and [ref]: /url",
        "[a]: http://example.com",
        "<http://example.com> and <b>bold</b> and <!-- comment -->",
        "a \\ backslash, \\* an escaped star and a trailing backslash \\",
        "AT&T, Q&A, &amp; &copy; &#169; &#xA9; & more",
        "{#fake-id} and {.class} and a brace at the end {x}",
        "ends with a brace }",
        "pipes | a | b |",
        "tabs\tinside and  two spaces",
        "H~2~O ^sup^ ~~strike~~ ==mark== ++ins++",
        "\"straight\" 'quotes' -- --- ... (c) (tm)",
        "„Putin ist wütend“, meint Chris Monday.",
        "« Poutine est en colère », a déclaré M. Monday.",
        "Sehen Sie: Herrn Kims zeremonieller Empfang für Herrn Putin …",
        "$x$ and $$y$$ and [^1] footnote",
        "Emoji 😀 and combining e\u0301",
        "\\",
        "_",
        "<",
        "{",
    ];

    [Theory]
    [MemberData(nameof(NastyLines))]
    public void Escaped_text_renders_as_the_original(string line)
    {
        var markdown = MarkdownEscaper.Escape(line) + " {#p-x}";
        var diagnostics = new DiagnosticBag();

        var blocks = MarkdownBlocks.Parse(markdown, "article.md", 0, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        var block = Assert.Single(blocks!);
        Assert.Equal("paragraph", block.Kind);
        Assert.Equal("p-x", block.Id);
        Assert.Equal(line, block.Text);
    }

    [Fact]
    public void The_seed_needs_no_escape_at_all()
    {
        foreach (var line in File.ReadAllLines(Repository.Seed))
        {
            Assert.Equal(line, MarkdownEscaper.Escape(line));
        }
    }

    [Theory]
    [InlineData("2024. Das Jahr", @"2024\. Das Jahr")]
    [InlineData("- x", @"\- x")]
    [InlineData("-5 Grad", "-5 Grad")]
    [InlineData("#hashtag", "#hashtag")]
    [InlineData("# title", @"\# title")]
    [InlineData("a::b", @"a\::b")]
    [InlineData("AT&T &amp;", @"AT&T \&amp;")]
    public void Only_what_would_change_the_rendering_is_escaped(string line, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.Escape(line));
    }
}
