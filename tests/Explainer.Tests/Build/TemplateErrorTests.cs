using System.Text.RegularExpressions;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Build;

/// <summary>A broken theme template fails the build with its file, line and column, and writes nothing.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    // Line 12 of theme/layouts/explainer.html is `      <h1>{{ page.title }}</h1>`: `{{` starts in column 11.
    /// <summary>The 1-based line of the layout's heading, which the tests replace.</summary>
    private static readonly int HeadingLine =
        Array.IndexOf(File.ReadAllLines(Path.Combine(Repository.Theme, "layouts", "explainer.html")), Heading) + 1;
    private const string Heading = "      <h1>{{ page.title }}</h1>";

    private readonly SiteBuild _build = new();

    public void Dispose() => _build.Dispose();

    [Fact]
    public async Task A_syntax_error_is_reported_where_it_is()
    {
        var errors = await BuildWithHeading("      <h1>{{ page.title + }}</h1>");

        // Column 27 is the `}}` where an operand was expected.
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.TemplateSyntax, error.Code);
        Assert.EndsWith($"theme/layouts/explainer.html({HeadingLine},27): error XPL0201: " + error.Message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Expecting an <expression> to the right of the operator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unclosed_if_is_a_syntax_error()
    {
        var errors = await BuildWithHeading("      <h1>{{ if page.title }}{{ page.title }}</h1>");

        // Scriban notices the missing `end` where the code runs out: just after the file's last code
        // block, not at the `if` that opened it.
        var lines = File.ReadAllLines(Path.Combine(Repository.Theme, "layouts", "explainer.html"));
        var last = Array.FindLastIndex(lines, l => l.Contains("}}", StringComparison.Ordinal));
        var column = lines[last].LastIndexOf("}}", StringComparison.Ordinal) + 3;
        var error = Assert.Single(errors);
        Assert.EndsWith($"theme/layouts/explainer.html({last + 1},{column}): error XPL0201: " + error.Message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("The <end> statement was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_variable_is_reported_when_the_page_renders()
    {
        var errors = await BuildWithHeading("      <h1>{{ nope }}</h1>");

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.TemplateRuntime, error.Code);
        Assert.EndsWith($"theme/layouts/explainer.html({HeadingLine},14): error XPL0202: The variable or function `nope` was not found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_variable_in_a_partial_names_the_partial()
    {
        var theme = _build.CopyTheme();
        TextFile.Replace(Path.Combine(theme, "partials", "footer.html"), "<p>{{ site.title }}", "<p>{{ nope }}");

        var result = await _build.RunAsync(theme: theme);

        // Both pages render the footer; the one error is reported once.
        var error = Assert.Single(result.Diagnostics);
        Assert.EndsWith("theme/partials/footer.html(2,9): error XPL0202: The variable or function `nope` was not found", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_build.Output));
    }

    /// <summary>The timeline's heading is asked for by TimelineView, "page 1 of 2" by RenderSitePages, "nope" by the footer.</summary>
    [Theory]
    [InlineData("timeline", "theme/i18n/de.yml(1,1)")]
    [InlineData("page_of", "theme/i18n/de.yml(1,1)")]
    [InlineData("nope", "theme/partials/footer.html(2,9)")]
    public async Task A_missing_ui_string_is_one_located_error_whether_code_or_a_template_asks_for_it(string key, string location)
    {
        var theme = _build.CopyTheme();
        var strings = Path.Combine(theme, "i18n", "de.yml");
        File.WriteAllLines(strings, File.ReadAllLines(strings).Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));
        TextFile.Replace(Path.Combine(theme, "partials", "footer.html"), "<p>{{ site.title }}", "<p>{{ t \"nope\" }}{{ site.title }}");
        File.AppendAllText(strings, key == "nope" ? string.Empty : "nope: hier\n");

        var result = await _build.RunAsync(theme: theme);

        // Not a crash with a stack trace (XPL0002): the same error and message wherever it is asked for.
        var error = Assert.Single(result.Diagnostics);
        Assert.Matches(
            $"{Regex.Escape(location)}: error XPL0202: the UI string '{key}' is missing for language 'de' \\(\\S*theme/i18n/de\\.yml\\)$",
            error.ToString());
        Assert.False(Directory.Exists(_build.Output));
    }

    private async Task<IReadOnlyList<Diagnostic>> BuildWithHeading(string newHeading)
    {
        var theme = _build.CopyTheme();
        var layout = Path.Combine(theme, "layouts", "explainer.html");
        Assert.Equal(Heading, File.ReadAllLines(layout)[HeadingLine - 1]);
        TextFile.ReplaceLine(layout, HeadingLine, newHeading);

        var result = await _build.RunAsync(theme: theme);

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_build.Output), "a failed build must not write the site");
        Assert.DoesNotContain(Directory.EnumerateDirectories(_build.Temp.Path), d => Path.GetFileName(d).StartsWith('.'));
        return result.Diagnostics;
    }
}
