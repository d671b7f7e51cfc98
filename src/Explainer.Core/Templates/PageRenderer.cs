using Explainer.Diagnostics;
using Scriban.Runtime;

namespace Explainer.Templates;

/// <summary>
/// Renders layouts of a <see cref="TemplateCatalog"/> with one set of global variables, in one
/// context made at the first render: an explainer's page and its embed pages share their variables
/// (the site, the explainer), and a context costs more to make than a small page costs to render.
/// Set per-page variables in <see cref="Globals"/> before each render. One per thread.
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateCatalog _catalog;

    internal PageRenderer(TemplateCatalog catalog, ScriptObject globals, RenderScope scope)
    {
        _catalog = catalog;
        Globals = globals;
        Scope = scope;
    }

    /// <summary>The variables every page sees; the partials see them too.</summary>
    public ScriptObject Globals { get; }

    public RenderScope Scope { get; }

    internal HtmlTemplateContext? Context { get; set; }

    /// <summary>Renders a layout. Returns null and reports a located error when the template fails.</summary>
    public string? Render(string layout, DiagnosticBag diagnostics) => _catalog.Render(this, layout, diagnostics);
}
