using System.Text;
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

    [Fact]
    public void Removing_in_place_gives_what_going_line_by_line_gives()
    {
        string[] pieces = ["<p>a</p>", "x", " ", "\t", "\n", "\n", "\n\n", " \n", "<pre>", "</pre>", "<PRE>", "<textarea>", "</textarea>"];
        var random = new Random(8);
        for (var i = 0; i < 5000; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(LineByLine(html), HtmlWhitespace.RemoveBlankLines(html));
        }
    }

    /// <summary>The rule, one line at a time: a line of only whitespace goes unless a pre or textarea is open; every line kept ends with a newline.</summary>
    private static string LineByLine(string html)
    {
        var result = new StringBuilder();
        var open = 0;
        foreach (var line in html.Split('\n'))
        {
            if (open > 0 || !string.IsNullOrWhiteSpace(line))
            {
                open = Math.Max(open + Count(line, "<pre") + Count(line, "<textarea") - Count(line, "</pre>") - Count(line, "</textarea>"), 0);
                result.Append(line).Append('\n');
            }
        }

        return result.ToString();
    }

    private static int Count(string line, string tag)
    {
        var count = 0;
        for (var i = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase); i >= 0; i = line.IndexOf(tag, i + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
