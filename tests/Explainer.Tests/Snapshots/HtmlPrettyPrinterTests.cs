using AngleSharp.Html.Parser;

namespace Explainer.Tests.Snapshots;

/// <summary>The pretty printer lays out markup without changing what it means.</summary>
public sealed class HtmlPrettyPrinterTests
{
    [Fact]
    public void Prints_one_node_per_line_indented_by_depth()
    {
        var printed = Print("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title> T </title></head>"
            + "<body><p class=\"dek\">Hallo   <em>Welt</em>\n &amp; mehr</p><!-- note --></body></html>");

        Assert.Equal(
            """
            <!DOCTYPE html>
            <html lang="de">
              <head>
                <meta charset="utf-8">
                <title>T</title>
              </head>
              <body>
                <p class="dek">
                  Hallo
                  <em>Welt</em>
                  &amp; mehr
                </p>
                <!-- note -->
              </body>
            </html>
            """.ReplaceLineEndings("\n"),
            printed);
    }

    [Fact]
    public void Keeps_preformatted_text_script_and_textarea_exactly()
    {
        const string Html = "<!doctype html><html><head><script>if (a) {\n  b();\n}</script></head><body>"
            + "<pre><code>  eins\n    <b>zwei</b>\n drei</code></pre><textarea>\n  x\n y</textarea></body></html>";

        var parser = new HtmlParser();
        var original = parser.ParseDocument(Html);
        var reparsed = parser.ParseDocument(HtmlPrettyPrinter.Print(original));

        foreach (var selector in new[] { "pre", "textarea", "script" })
        {
            Assert.Equal(original.QuerySelector(selector)!.InnerHtml, reparsed.QuerySelector(selector)!.InnerHtml);
        }
    }

    [Fact]
    public void Printing_is_stable_and_means_the_same()
    {
        const string Html = "<!doctype html><html lang=\"de\"><body><main><ul><li>a <a href=\"/x?y=1&amp;z=2\">b</a></li>"
            + "<li>c</li></ul><template><p>t</p></template></main></body></html>";
        var parser = new HtmlParser();
        var once = Print(Html);

        Assert.Equal(once, Print(once));
        Assert.Empty(HtmlSemanticDiff.Compare(parser.ParseDocument(Html), parser.ParseDocument(once)));
        Assert.Contains("<p>t</p>", once, StringComparison.Ordinal);
    }

    private static string Print(string html) => HtmlPrettyPrinter.Print(new HtmlParser().ParseDocument(html));
}
