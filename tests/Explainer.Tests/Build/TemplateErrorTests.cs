using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Build;

/// <summary>A broken theme template fails the build with its file, line and column, and writes nothing.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    // Line 12 of theme/layouts/explainer.html is `      <h1>{{ page.title }}</h1>`: `{{` starts in column 11.
    private const int HeadingLine = 12;
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
        Assert.EndsWith("theme/layouts/explainer.html(12,27): error XPL0201: " + error.Message, error.ToString(), StringComparison.Ordinal);
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
        Assert.EndsWith("theme/layouts/explainer.html(12,14): error XPL0202: The variable or function `nope` was not found", error.ToString(), StringComparison.Ordinal);
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
