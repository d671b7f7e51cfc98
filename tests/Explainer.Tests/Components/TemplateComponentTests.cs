using AngleSharp.Html.Parser;
using Explainer.Diagnostics;
using Explainer.Tests.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components;

/// <summary>
/// A theme adds a component without C#: a fenced div whose class names a folder of
/// theme/components/ with a template of its name renders through that template (docs/components.md).
/// </summary>
public sealed class TemplateComponentTests : IDisposable
{
    private const string FactBox = """
        <aside class="faktenbox" id="{{ model.id }}">
        {{~ if model.attributes.title }}
          <h2 class="faktenbox__title">{{ model.attributes.title }}</h2>
        {{~ end }}
          {{ model.content }}
        </aside>
        """;

    private readonly SiteBuild _build = new();

    public void Dispose() => _build.Dispose();

    [Fact]
    public async Task A_fenced_div_naming_a_theme_folder_renders_through_its_template()
    {
        var (input, theme) = Prepare(FactBox, """
            ::: {.faktenbox #fakten-vertrag title="Der <Vertrag> & mehr"}
            Unterzeichnet am **19. Juni 2024** in Pjöngjang.
            :::
            """);

        var result = await _build.RunAsync(input, theme);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(_build.ReadOutput("putin-nordkorea/index.html"));
        var box = page.GetElementById("fakten-vertrag");
        Assert.NotNull(box);
        Assert.Equal("ASIDE", box.TagName);
        Assert.Equal("Der <Vertrag> & mehr", box.QuerySelector("h2")!.TextContent);
        Assert.Equal("19. Juni 2024", box.QuerySelector("p > strong")!.TextContent);

        // The attribute's value is escaped like every value; the content is the rendered Markdown.
        var html = _build.ReadOutput("putin-nordkorea/index.html");
        Assert.Contains("Der &lt;Vertrag&gt; &amp; mehr", html, StringComparison.Ordinal);
        Assert.Equal(1, page.QuerySelectorAll(".faktenbox").Length);

        // Its CSS is bundled into the site's stylesheet, as the built-in components' is.
        var css = Directory.EnumerateFiles(Path.Combine(_build.Output, "assets"), "site.*.css").Single();
        Assert.Contains(".faktenbox { border-left: 4px solid; }", File.ReadAllText(css), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attribute_the_div_does_not_set_is_empty()
    {
        var (input, theme) = Prepare(FactBox, """
            ::: {.faktenbox #ohne-titel}
            Ohne Titel.
            :::
            """);

        var result = await _build.RunAsync(input, theme);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var box = new HtmlParser().ParseDocument(_build.ReadOutput("putin-nordkorea/index.html")).GetElementById("ohne-titel");
        Assert.Null(box!.QuerySelector("h2"));
        Assert.Equal("Ohne Titel.", box.TextContent.Trim());
    }

    [Fact]
    public async Task A_class_that_names_no_component_stays_a_plain_div()
    {
        var (input, theme) = Prepare(FactBox, """
            ::: {.unbekannt #kasten}
            Ein Kasten ohne Vorlage.
            :::
            """);

        var result = await _build.RunAsync(input, theme);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(_build.ReadOutput("putin-nordkorea/index.html"));
        var div = page.GetElementById("kasten");
        Assert.Equal("DIV", div!.TagName);
        Assert.Contains("unbekannt", div.ClassList);
        Assert.Equal("Ein Kasten ohne Vorlage.", div.TextContent.Trim());
    }

    [Fact]
    public async Task An_error_in_the_template_points_at_the_template_file()
    {
        var (input, theme) = Prepare("<aside>\n  {{ model.nope.deeper }}\n</aside>", """
            ::: {.faktenbox #fakten-vertrag}
            Unterzeichnet am 19. Juni 2024 in Pjöngjang.
            :::
            """);

        var result = await _build.RunAsync(input, theme);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.TemplateRuntime, error.Code);
        Assert.Contains("theme/components/faktenbox/faktenbox.html(2,", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_build.Output), "a failed build must not write the site");
    }

    /// <summary>Copies input/ and theme/, adds the fact box to the theme and <paramref name="markdown"/> to the seed's article.</summary>
    private (string Input, string Theme) Prepare(string template, string markdown)
    {
        var input = _build.CopyInput();
        var theme = _build.CopyTheme();
        var folder = Directory.CreateDirectory(Path.Combine(theme, "components", "faktenbox")).FullName;
        File.WriteAllText(Path.Combine(folder, "faktenbox.html"), template);
        File.WriteAllText(Path.Combine(folder, "faktenbox.css"), ".faktenbox { border-left: 4px solid; }\n");
        File.AppendAllText(Path.Combine(input, "putin-nordkorea", "article.md"), "\n" + markdown + "\n");
        return (input, theme);
    }
}
