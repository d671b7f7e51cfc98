using System.Diagnostics.CodeAnalysis;
using Explainer.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Templates;

/// <summary>
/// The theme's layouts and partials, each parsed once per build and shared by every render.
/// Syntax errors are reported as <c>file(line,col): error XPL0201</c>.
/// </summary>
public sealed class TemplateCatalog
{
    /// <summary>How deep partials may render partials: deeper is a partial that renders itself.</summary>
    public const int MaxPartialDepth = 50;

    private readonly Dictionary<string, Template> _layouts;
    private readonly Dictionary<string, Template> _partials;
    private readonly ScriptObject _functions;

    private TemplateCatalog(Dictionary<string, Template> layouts, Dictionary<string, Template> partials, IReadOnlySet<string>? componentTemplates = null)
    {
        _layouts = layouts;
        _partials = partials;
        _functions = TemplateFunctions.All();
        ComponentTemplates = componentTemplates ?? new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// The theme's component folders that hold a template of their own name
    /// (<c>components/faktenbox/faktenbox.html</c>): a fenced div of that class that places no
    /// component of the tool renders through it.
    /// </summary>
    public IReadOnlySet<string> ComponentTemplates { get; }

    /// <summary>Loads <c>layouts/*.html</c> and <c>partials/*.html</c> from the theme folder.</summary>
    public static TemplateCatalog Load(string themeFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var layouts = LoadFolder(Path.Combine(themeFolder, "layouts"), displayPath, diagnostics);
        var partials = LoadFolder(Path.Combine(themeFolder, "partials"), displayPath, diagnostics);
        var components = Path.Combine(themeFolder, "components");
        var componentTemplates = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(components))
        {
            foreach (var folder in Directory.EnumerateDirectories(components).Order(StringComparer.Ordinal))
            {
                foreach (var (name, template) in LoadFolder(folder, displayPath, diagnostics))
                {
                    if (name == Path.GetFileName(folder))
                    {
                        componentTemplates.Add(name);
                    }

                    if (!partials.TryAdd(name, template))
                    {
                        diagnostics.Add(new Diagnostic(displayPath(Path.Combine(folder, name + ".html")), 1, 1, ErrorCodes.TemplateSyntax,
                            $"a partial named '{name}' exists twice in the theme"));
                    }
                }
            }
        }

        return new TemplateCatalog(layouts, partials, componentTemplates);
    }

    /// <summary>Parses templates given as text, keyed by name (for tests and embedded themes).</summary>
    public static TemplateCatalog FromText(
        IReadOnlyDictionary<string, string> layouts,
        IReadOnlyDictionary<string, string> partials,
        DiagnosticBag diagnostics)
    {
        return new TemplateCatalog(
            layouts.ToDictionary(kv => kv.Key, kv => Parse(kv.Value, $"layouts/{kv.Key}.html", diagnostics), StringComparer.Ordinal),
            partials.ToDictionary(kv => kv.Key, kv => Parse(kv.Value, $"partials/{kv.Key}.html", diagnostics), StringComparer.Ordinal));
    }

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>
    /// Renders a layout with <paramref name="model"/>'s members as global variables. Returns null and
    /// reports a located error when the template fails.
    /// </summary>
    public string? Render(string layout, object model, RenderScope scope, DiagnosticBag diagnostics)
    {
        using var renderer = Renderer(model, scope);
        return renderer.Render(layout, diagnostics);
    }

    /// <summary>
    /// A renderer for several pages that share <paramref name="model"/>'s members as their global
    /// variables (an explainer's page and its embed pages), rendering them all in one context.
    /// </summary>
    public PageRenderer Renderer(object model, RenderScope scope) => new(this, model as ScriptObject ?? ToScriptObject(model), scope);

    /// <summary>
    /// Renders a layout into the renderer's <see cref="PageRenderer.Output"/>, without its blank
    /// lines. Returns false and reports a located error when the template fails.
    /// </summary>
    internal bool Render(PageRenderer renderer, string layout, DiagnosticBag diagnostics)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            diagnostics.Add(new Diagnostic("theme/layouts", 0, 0, ErrorCodes.TemplateMissing, $"the theme has no layout '{layout}.html'"));
            return false;
        }

        var output = renderer.Output;
        output.Clear();
        if (renderer.Context is not { } context)
        {
            context = renderer.Context = NewContext(renderer.Globals, renderer.Scope, renderer.Reuse);
            context.PushOutput(output);
        }

        renderer.Reuse.Begin();
        try
        {
            template.Render(context);
            renderer.Reuse.Collect(output.Written);
            output.RemoveBlankLines();
            return true;
        }
        catch (ScriptRuntimeException ex)
        {
            // A render that failed half-way leaves its context in no state to be used again.
            renderer.Context = null;
            output.Clear();
            var span = ex.Span;
            diagnostics.Add(new Diagnostic(span.FileName ?? layout, span.Start.Line + 1, span.Start.Column + 1, ErrorCodes.TemplateRuntime, ex.OriginalMessage));
            return false;
        }
    }

    /// <summary>
    /// Renders a partial inside a running render, with its own model as the variable <c>model</c>.
    /// It sees the page's variables and the functions, not the variables of the template that calls
    /// it: it runs in a context of its own, one per depth of nesting, made once per page and reused
    /// by every partial at that depth (a context is costly to make, and a page renders hundreds).
    /// </summary>
    /// <returns>
    /// The partial's HTML; or null when the call is a statement of its own (<c>{{ partial "x" }}</c>)
    /// writing to the page's <see cref="TemplateOutput"/>: then the partial is written straight into
    /// it, not made a string first and copied into its caller's text, level by level. A partial
    /// whose result is kept, piped or captured is rendered to a string.
    /// </returns>
    internal HtmlString? RenderPartial(HtmlTemplateContext parent, string name, object? model)
    {
        if (!_partials.TryGetValue(name, out var template))
        {
            throw new ScriptRuntimeException(parent.CurrentSpan, $"the theme has no partial '{name}.html'");
        }

        if (parent.Depth >= MaxPartialDepth)
        {
            throw new ScriptRuntimeException(parent.CurrentSpan, $"partials nest more than {MaxPartialDepth} deep here (does '{name}' render itself?)");
        }

        var page = parent.Output as TemplateOutput;
        var direct = page is not null && parent.CurrentNode is ScriptFunctionCall { Parent: ScriptExpressionStatement };
        var reuse = parent.Reuse is { IsEmpty: false } r ? r : null;
        if (reuse?.Find(name, model) is { } kept)
        {
            if (!direct)
            {
                return new HtmlString(kept);
            }

            page!.Write(kept, 0, kept.Length);
            return null;
        }

        var context = parent.Partials ??= NewContext(parent.Globals, parent.Scope, parent.Reuse, parent.Depth + 1);
        context.ModelScope["model"] = model;
        context.PushGlobal(context.ModelScope);
        if (direct)
        {
            context.PushOutput(page!);
        }

        var start = page?.Length ?? 0;
        try
        {
            var html = template.Render(context);
            if (!direct)
            {
                reuse?.RenderedApart(model);
                return new HtmlString(html);
            }

            reuse?.Rendered(name, model, start, page!.Length);
            return null;
        }
        finally
        {
            if (direct)
            {
                context.PopOutput();
            }

            context.PopGlobal();

            // What the partial assigned is gone with it, as when each render had a scope of its own.
            context.ModelScope.Clear();
        }
    }

    private HtmlTemplateContext NewContext(ScriptObject globals, RenderScope scope, PartialReuse? reuse, int depth = 0)
    {
        var context = new HtmlTemplateContext(this, scope, globals, depth) { Reuse = reuse };
        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        return context;
    }

    // Scriban reads the model's members by reflection, here and wherever a template reads a
    // property. The tool is compiled ahead of time with its own assemblies kept whole
    // (TrimMode partial in Explainer.Cli.csproj), so no member a template reads is trimmed away.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The tool's assemblies are not trimmed (TrimMode partial).")]
    private static ScriptObject ToScriptObject(object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, filter: null, renamer: null);
        return globals;
    }

    private static Dictionary<string, Template> LoadFolder(string folder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            result[name] = Parse(File.ReadAllText(file), displayPath(file), diagnostics);
        }

        return result;
    }

    private static Template Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), displayPath);
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Add(new Diagnostic(displayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1, ErrorCodes.TemplateSyntax, message.Message));
        }

        return template;
    }
}
