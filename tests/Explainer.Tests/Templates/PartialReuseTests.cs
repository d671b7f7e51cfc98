using Explainer.Diagnostics;
using Explainer.Templates;
using Scriban.Runtime;

namespace Explainer.Tests.Templates;

/// <summary>
/// A later page takes over what a partial wrote in the first page of its renderer, without the
/// control inside it (<see cref="PageRenderer.ReuseInLaterPages"/>), and gets the same HTML as if
/// the partial were rendered for it.
/// </summary>
public sealed class PartialReuseTests
{
    private static readonly RenderScope Scope = new("/", new Dictionary<string, string>(), new UiText("de", "theme/i18n/de.yml", new Dictionary<string, string>()), "de");

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["section"] = "<section>\n  <p>{{ model.text }}</p>\n  {{~ if model.control }}\n  {{ partial \"control\" model.control }}\n  {{~ end }}\n</section>",
        ["control"] = "<button>{{ model.label }}</button>",
    };

    [Fact]
    public void A_later_page_gets_the_section_without_its_control_and_without_rendering_it()
    {
        var (later, onPage, control) = Models();
        var diagnostics = new DiagnosticBag();
        using var renderer = Renderer("{{ partial \"section\" page_model }}\n<footer>{{ partial \"control\" control }}</footer>", later, onPage, control, diagnostics);

        var page = renderer.Render("page", diagnostics);
        var readsOnPage = later.Reads + onPage.Reads;
        var embed = renderer.Render("embed", diagnostics);
        var readsByEmbed = later.Reads + onPage.Reads - readsOnPage;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(1, readsOnPage);
        Assert.Equal(0, readsByEmbed);
        Assert.Equal("<section>\n  <p>Vertrag</p>\n  <button>Einbetten</button>\n</section>\n<footer><button>Einbetten</button></footer>\n", page);
        Assert.Equal(Fresh(later), embed);
        Assert.Equal("<main>\n<section>\n  <p>Vertrag</p>\n</section>\n</main>\n", embed);
    }

    [Theory]
    [InlineData("{{ html = partial \"section\" page_model }}{{ html }}")]
    [InlineData("{{ partial \"section\" page_model | string.upcase }}")]
    [InlineData("{{ capture html }}{{ partial \"section\" page_model }}{{ end }}{{ html }}")]
    public void A_section_the_page_does_not_write_straight_in_is_rendered_again(string pageTemplate)
    {
        var (later, onPage, control) = Models();
        var diagnostics = new DiagnosticBag();
        using var renderer = Renderer(pageTemplate, later, onPage, control, diagnostics);

        Assert.NotNull(renderer.Render("page", diagnostics));
        var embed = renderer.Render("embed", diagnostics);
        var readsByEmbed = later.Reads;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(Fresh(later), embed);
        Assert.Equal(1, readsByEmbed);
    }

    [Fact]
    public void A_control_rendered_apart_voids_the_reuse()
    {
        var (later, onPage, control) = Models();
        var diagnostics = new DiagnosticBag();
        var partials = new Dictionary<string, string>(Partials)
        {
            ["section"] = "<section><p>{{ model.text }}</p>{{ if model.control }}{{ html = partial \"control\" model.control }}{{ html }}{{ end }}</section>",
        };
        using var renderer = Renderer("{{ partial \"section\" page_model }}", later, onPage, control, diagnostics, partials);

        Assert.Equal("<section><p>Vertrag</p><button>Einbetten</button></section>\n", renderer.Render("page", diagnostics));
        var embed = renderer.Render("embed", diagnostics);

        Assert.Equal("<main>\n<section><p>Vertrag</p></section>\n</main>\n", embed);
        Assert.Equal(1, later.Reads);
    }

    [Fact]
    public void After_a_page_that_failed_half_way_the_later_page_renders_the_section_itself()
    {
        var (later, onPage, control) = Models();
        var diagnostics = new DiagnosticBag();
        using var renderer = Renderer("{{ partial \"section\" page_model }}{{ missing }}", later, onPage, control, diagnostics);

        Assert.Null(renderer.Render("page", diagnostics));
        var embed = renderer.Render("embed", diagnostics);

        Assert.Equal(ErrorCodes.TemplateRuntime, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal(Fresh(later), embed);
    }

    [Fact]
    public void Another_partial_with_the_same_model_is_rendered_as_usual()
    {
        var (later, onPage, control) = Models();
        var diagnostics = new DiagnosticBag();
        using var renderer = Renderer("{{ partial \"section\" page_model }}", later, onPage, control, diagnostics);
        renderer.Render("page", diagnostics);

        Assert.Equal("<main>\n<b>Vertrag</b>\n</main>\n", renderer.Render("other", diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    /// <summary>The section's model for later pages, the page's model with its control, and the control.</summary>
    private static (Section Later, Section OnPage, Control Control) Models()
    {
        var control = new Control("Einbetten");
        return (new Section("Vertrag", null), new Section("Vertrag", control), control);
    }

    private static PageRenderer Renderer(
        string pageTemplate, Section later, Section onPage, Control control, DiagnosticBag diagnostics, Dictionary<string, string>? partials = null)
    {
        var renderer = Catalog(pageTemplate, partials, diagnostics).Renderer(
            new ScriptObject { ["later"] = later, ["page_model"] = onPage, ["control"] = control },
            Scope);
        renderer.ReuseInLaterPages("section", later, onPage, control);
        return renderer;
    }

    /// <summary>The embed page rendered by a renderer of its own, that reuses nothing.</summary>
    private static string? Fresh(Section later)
    {
        var diagnostics = new DiagnosticBag();
        using var renderer = Catalog(string.Empty, null, diagnostics).Renderer(new ScriptObject { ["later"] = new Section(later.Text, null) }, Scope);
        return renderer.Render("embed", diagnostics);
    }

    private static TemplateCatalog Catalog(string pageTemplate, Dictionary<string, string>? partials, DiagnosticBag diagnostics) => TemplateCatalog.FromText(
        new Dictionary<string, string>
        {
            ["page"] = pageTemplate,
            ["embed"] = "<main>\n{{ partial \"section\" later }}\n</main>",
            ["other"] = "<main>\n{{ partial \"bold\" later }}\n</main>",
        },
        new Dictionary<string, string>(partials ?? Partials) { ["bold"] = "<b>{{ model.text }}</b>" },
        diagnostics);

    /// <summary>A section's model that counts how often a template reads its text.</summary>
    public sealed class Section(string text, Control? control)
    {
        private int _reads;

        public int Reads => _reads;

        public string Text
        {
            get
            {
                Interlocked.Increment(ref _reads);
                return text;
            }
        }

        public Control? Control { get; } = control;
    }

    public sealed record Control(string Label);
}
