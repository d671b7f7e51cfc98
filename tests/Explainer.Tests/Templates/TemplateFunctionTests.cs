using System.Reflection;
using Explainer.Diagnostics;
using Explainer.Templates;

namespace Explainer.Tests.Templates;

/// <summary>The theme's functions (<c>partial</c>, <c>url</c>, <c>asset</c>, <c>t</c>, <c>format_date</c>, <c>iso_date</c>) as templates call them.</summary>
public sealed class TemplateFunctionTests
{
    private static readonly RenderScope Scope = new(
        "/repo/",
        new Dictionary<string, string> { ["site.css"] = "assets/site.0123456789.css" },
        new UiText("de", "theme/i18n/de.yml", new Dictionary<string, string> { ["source"] = "Quelle" }),
        "de");

    [Fact]
    public void Every_function_gives_what_it_is_for()
    {
        var (html, diagnostics) = Render(
            """{{ partial "p" "a" }}|{{ partial "p" }}|{{ url "/x/" }}|{{ asset "site.css" }}|{{ t "source" }}|{{ format_date date }}|{{ iso_date date }}""",
            new { Date = new DateTimeOffset(2024, 6, 19, 12, 0, 0, TimeSpan.FromHours(9)) });

        Assert.Empty(diagnostics);
        Assert.Equal("(a)|()|/repo/x/|/repo/assets/site.0123456789.css|Quelle|19. Juni 2024|2024-06-19T12:00:00+09:00", html);
    }

    [Fact]
    public void Arguments_are_converted_and_may_be_named_as_the_methods_name_their_parameters()
    {
        var (html, diagnostics) = Render(
            """{{ partial name: "p" model: 42 }}|{{ t ("sou" + "rce") }}|{{ url 7 }}""",
            new { });

        Assert.Empty(diagnostics);
        Assert.Equal("(42)|Quelle|/repo/7", html);
    }

    [Theory]
    [InlineData("""{{ t "nope" }}""", 4, "the UI string 'nope' is missing for language 'de' (theme/i18n/de.yml)")]
    [InlineData("""{{ asset "nope.css" }}""", 4, "the theme has no asset 'nope.css'")]
    [InlineData("""{{ partial "nope" }}""", 4, "the theme has no partial 'nope.html'")]
    [InlineData("""{{ t }}""", 5, "Invalid number of arguments `0` passed to `t` while expecting `1` arguments")]
    [InlineData("""{{ t "source" "source" }}""", 4, "this function takes one argument, not 2")]
    [InlineData("""{{ partial "p" 1 2 }}""", 4, "this function takes at most 2 arguments, not 3")]
    [InlineData("""{{ t null }}""", 6, "expected text here, not null")]
    [InlineData("""{{ partial null }}""", 12, "expected text here, not null")]
    [InlineData("""{{ format_date "gestern" }}""", 16, "Unable to convert type `string` to `DateTimeOffset`")]
    [InlineData("""{{ iso_date null }}""", 13, "expected a date here, not null")]
    public void A_wrong_call_is_a_located_error_not_a_crash(string layout, int column, string message)
    {
        var (html, diagnostics) = Render(layout, new { });

        Assert.Null(html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.TemplateRuntime, error.Code);
        Assert.Equal(("layouts/page.html", 1, column), (error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_public_method_of_TemplateFunctions_is_a_function()
    {
        var methods = typeof(TemplateFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => string.Concat(m.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())))
            .Order(StringComparer.Ordinal);

        foreach (var name in methods)
        {
            var (_, diagnostics) = Render("{{ " + name + " }}", new { });
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains("not found", StringComparison.Ordinal));
        }
    }

    private static (string? Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string layout, object model)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = TemplateCatalog.FromText(
            new Dictionary<string, string> { ["page"] = layout },
            new Dictionary<string, string> { ["p"] = "({{ model }})" },
            diagnostics);
        var html = catalog.Render("page", model, Scope, diagnostics);
        return (html?.TrimEnd('\n'), diagnostics.ToSortedList());
    }
}
