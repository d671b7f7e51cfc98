using Explainer.Diagnostics;
using Explainer.Templates;

namespace Explainer.Tests.Templates;

/// <summary>Partials render inside the page's context, each with a scope of its own.</summary>
public sealed class PartialTests
{
    private static readonly RenderScope Scope = new("/", new Dictionary<string, string>(), new UiText("de", "theme/i18n/de.yml", new Dictionary<string, string>()), "de");

    [Fact]
    public void A_partial_sees_its_model_and_the_page_and_escapes_what_it_writes()
    {
        var (html, diagnostics) = Render(
            """{{ for item in items }}{{ partial "item" item }}{{ end }}|{{ title }}""",
            ("item", """<li>{{ model }} – {{ title }}</li>"""),
            new { Title = "Putin & Kim", Items = new[] { "<b>Vertrag</b>", "Empfang" } });

        Assert.Empty(diagnostics);
        Assert.Equal("<li>&lt;b&gt;Vertrag&lt;/b&gt; – Putin &amp; Kim</li><li>Empfang – Putin &amp; Kim</li>|Putin &amp; Kim", html);
    }

    [Fact]
    public void Partials_nest_and_each_has_its_own_model()
    {
        var (html, diagnostics) = Render(
            """{{ partial "outer" "a" }}""",
            ("outer", """[{{ model }}{{ partial "inner" "b" }}{{ model }}]"""),
            new { },
            ("inner", """({{ model }})"""));

        Assert.Empty(diagnostics);
        Assert.Equal("[a(b)a]", html);
    }

    [Fact]
    public void A_partial_kept_in_a_variable_piped_or_captured_is_its_text()
    {
        // A partial called as a statement of its own writes straight into the page; these are not.
        var (html, diagnostics) = Render(
            """{{ x = partial "p" "a" }}[{{ x }}]{{ partial "p" "b" | string.upcase }}{{ capture c }}{{ partial "outer" "c" }}{{ end }}<{{ c | string.size }}>{{ partial "outer" "d" }}""",
            ("p", """({{ model }})"""),
            new { },
            ("outer", """{{ partial "p" model }}{{ partial "p" model }}"""));

        Assert.Empty(diagnostics);
        Assert.Equal("[(a)](B)<6>(d)(d)", html);
    }

    [Fact]
    public void A_partials_lines_are_not_indented_to_the_column_of_its_call()
    {
        var (html, diagnostics) = Render(
            "<div>\n  {{ partial \"pre\" }}\n  {{ partial \"pre\" | string.downcase }}\n</div>",
            ("pre", "<pre>Zeile 1\nZeile 2</pre>"),
            new { });

        Assert.Empty(diagnostics);
        Assert.Equal("<div>\n  <pre>Zeile 1\nZeile 2</pre>\n  &lt;pre&gt;zeile 1\nzeile 2&lt;/pre&gt;\n</div>", html);
    }

    [Fact]
    public void A_partial_does_not_see_the_loop_variables_of_its_caller()
    {
        var (html, diagnostics) = Render(
            """{{ for item in items }}{{ partial "item" }}{{ end }}""",
            ("item", """{{ item }}"""),
            new { Items = new[] { "Vertrag" } });

        Assert.Null(html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.TemplateRuntime, error.Code);
        Assert.Equal("partials/item.html", error.Path);
    }

    [Fact]
    public void What_a_partial_assigns_is_gone_when_it_returns()
    {
        // The first call assigns x in its own scope; the second, at the same depth, must not find it.
        var (html, diagnostics) = Render(
            """{{ partial "set" "a" }}{{ partial "get" "b" }}""",
            ("set", """{{ x = model }}({{ x }})"""),
            new { },
            ("get", """[{{ x }}]"""));

        Assert.Null(html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.TemplateRuntime, error.Code);
        Assert.Equal("partials/get.html", error.Path);
    }

    [Fact]
    public void A_partial_that_renders_itself_is_an_error_not_a_crash()
    {
        var (html, diagnostics) = Render("""{{ partial "loop" }}""", ("loop", """{{ partial "loop" }}"""), new { });

        Assert.Null(html);
        Assert.Contains(diagnostics, d => d.Code == ErrorCodes.TemplateRuntime && d.Message.Contains("nest more than 50", StringComparison.Ordinal));
    }

    private static (string? Html, IReadOnlyList<Diagnostic> Diagnostics) Render(
        string layout, (string Name, string Text) partial, object model, params (string Name, string Text)[] more)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = TemplateCatalog.FromText(
            new Dictionary<string, string> { ["page"] = layout },
            new[] { partial }.Concat(more).ToDictionary(p => p.Name, p => p.Text),
            diagnostics);
        var html = catalog.Render("page", model, Scope, diagnostics);
        return (html?.TrimEnd('\n'), diagnostics.ToSortedList());
    }
}
