using System.Text;
using Explainer.Diagnostics;
using Explainer.Templates;
using Scriban.Runtime;

namespace Explainer.Tests.Templates;

/// <summary>A renderer renders page after page into one buffer; each page is only its own text.</summary>
public sealed class PageRendererTests
{
    private static readonly RenderScope Scope = new("/", new Dictionary<string, string>(), new UiText("de", "theme/i18n/de.yml", new Dictionary<string, string>()), "de");

    [Fact]
    public void Pages_rendered_one_after_another_hold_only_their_own_text()
    {
        var diagnostics = new DiagnosticBag();
        using var renderer = Catalog(diagnostics).Renderer(new ScriptObject(), Scope);

        renderer.Globals["text"] = "Pjöngjang " + new string('x', 100_000);
        Assert.True(renderer.RenderUtf8("page", diagnostics, out var long_));
        var first = Encoding.UTF8.GetString(long_.Span);
        renderer.Globals["text"] = "Kim & Putin";
        var second = renderer.Render("page", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal($"<p>Pjöngjang {new string('x', 100_000)}</p>\n<p>(Pjöngjang {new string('x', 100_000)})</p>\n", first);
        Assert.Equal("<p>Kim &amp; Putin</p>\n<p>(Kim &amp; Putin)</p>\n", second);
    }

    [Fact]
    public void After_a_failed_page_the_next_renders_whole()
    {
        var diagnostics = new DiagnosticBag();
        using var renderer = Catalog(diagnostics).Renderer(new ScriptObject(), Scope);

        renderer.Globals["text"] = "Vertrag";
        Assert.Null(renderer.Render("broken", diagnostics));
        var page = renderer.Render("page", diagnostics);

        Assert.Equal(ErrorCodes.TemplateRuntime, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal("<p>Vertrag</p>\n<p>(Vertrag)</p>\n", page);
    }

    [Fact]
    public void A_page_passed_through_a_rewrite_comes_out_as_utf8_of_the_rewritten_text()
    {
        var diagnostics = new DiagnosticBag();
        using var renderer = Catalog(diagnostics).Renderer(new ScriptObject(), Scope);

        var pages = new List<string>();
        foreach (var text in new[] { "Pjöngjang " + new string('ä', 70_000) + " 🙂", "Kim & Putin" })
        {
            renderer.Globals["text"] = text;
            Assert.True(renderer.RenderUtf8("page", diagnostics, (page, into) => into.Append('[').Append(page).Append(']'), out var utf8));
            pages.Add(Encoding.UTF8.GetString(utf8.Span));
        }

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal($"[<p>Pjöngjang {new string('ä', 70_000)} 🙂</p>\n<p>(Pjöngjang {new string('ä', 70_000)} 🙂)</p>\n]", pages[0]);
        Assert.Equal("[<p>Kim &amp; Putin</p>\n<p>(Kim &amp; Putin)</p>\n]", pages[1]);
    }

    private static TemplateCatalog Catalog(DiagnosticBag diagnostics) => TemplateCatalog.FromText(
        new Dictionary<string, string>
        {
            ["page"] = "<p>{{ text }}</p>\n\n{{ partial \"wrap\" text }}\n",
            ["broken"] = "<p>{{ text }}</p>\n{{ partial \"wrap\" text }}{{ missing }}",
        },
        new Dictionary<string, string> { ["wrap"] = "<p>({{ model }})</p>" },
        diagnostics);
}
