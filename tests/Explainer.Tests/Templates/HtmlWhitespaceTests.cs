using Explainer.Templates;

namespace Explainer.Tests.Templates;

public sealed class HtmlWhitespaceTests
{
    [Theory]
    [InlineData("<p>a</p>\n\n   \n<p>b</p>", "<p>a</p>\n<p>b</p>\n")]
    [InlineData("\n\t\n", "")]
    [InlineData("<pre>x\n\n  \ny</pre>\n\n<p>z</p>", "<pre>x\n\n  \ny</pre>\n<p>z</p>\n")]
    [InlineData("<PRE class=\"c\">\n\n</Pre>\n\n", "<PRE class=\"c\">\n\n</Pre>\n")]
    [InlineData("<textarea>\n\n</textarea><pre>\n\n</pre>\n\n", "<textarea>\n\n</textarea><pre>\n\n</pre>\n")]
    [InlineData("<pre><pre>\n\n</pre>\n\n</pre>\n\n<p>", "<pre><pre>\n\n</pre>\n\n</pre>\n<p>\n")]
    [InlineData("</pre>\n\n<p>", "</pre>\n<p>\n")]
    [InlineData("<p>a</p>\n\n<pre>\n\n</pre>\n\n<p>b</p>\n \n<textarea>\n\n</textarea>\n\n", "<p>a</p>\n<pre>\n\n</pre>\n<p>b</p>\n<textarea>\n\n</textarea>\n")]
    [InlineData("<p>x</p><pre>\n\n</pre><pre>\n\n</pre>\n\n<p>y</p>", "<p>x</p><pre>\n\n</pre><pre>\n\n</pre>\n<p>y</p>\n")]
    public void Blank_lines_go_except_inside_pre_and_textarea(string html, string expected) =>
        Assert.Equal(expected, HtmlWhitespace.RemoveBlankLines(html));
}
