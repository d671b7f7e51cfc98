using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Explainer.Templates;

/// <summary>
/// A Scriban context that escapes every value a template writes, except <see cref="HtmlString"/>.
/// Strict: an unknown variable or member is an error. One is made for every page, and one for each depth of partials in it.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Scriban's built-in functions (string, array, date…), made once and shared by every render:
    /// a context of its own would deep-copy them, several times per page. Templates only read them.
    /// </summary>
    private static readonly ScriptObject Builtins = new Scriban.Functions.BuiltinFunctions();

    /// <summary>
    /// How to read the members of each .NET type a template reads, shared by every render: Scriban
    /// keeps them per context and finds a type's properties by reflection again in each new one, and
    /// a build makes contexts for thousands of pages. An accessor depends only on the type here (no
    /// member filter or renamer of our own) and is read-only once made.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    public HtmlTemplateContext(TemplateCatalog catalog, RenderScope scope, ScriptObject globals, int depth)
        : base(Builtins)
    {
        Catalog = catalog;
        Scope = scope;
        Globals = globals;
        Depth = depth;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableNullIndexer = false;
        LoopLimit = 100_000;
        RecursiveLimit = 50;
        NewLine = "\n";

        // A partial's lines are written as the partial has them, not indented again to the column
        // of its call: HTML does not need it, <pre> must not get it, and a partial that is a
        // statement of its own writes straight into the page (TemplateCatalog.RenderPartial).
        AutoIndent = false;
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    public TemplateCatalog Catalog { get; }

    public RenderScope Scope { get; }

    /// <summary>The page's variables, shared with the partials it renders.</summary>
    public ScriptObject Globals { get; }

    /// <summary>0 for the page's own context, 1 for the partials it renders, and so on.</summary>
    public int Depth { get; }

    /// <summary>What partials of earlier pages wrote that this page may take over, shared with the partials' contexts.</summary>
    public PartialReuse? Reuse { get; init; }

    /// <summary>
    /// The variable <c>model</c> of the partial this context renders, set anew for each: a context
    /// renders one partial at a time (each depth of nesting has its own), and a page renders hundreds.
    /// </summary>
    public ScriptObject ModelScope { get; } = [];

    /// <summary>The context the partials this context renders run in, made at the first.</summary>
    public HtmlTemplateContext? Partials { get; set; }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!Accessors.TryGetValue(type, out var accessor))
        {
            accessor = Accessors.GetOrAdd(type, base.GetMemberAccessorImpl(target));
        }

        return accessor;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                Write(html.Value);
                return this;
            default:
                Write(HtmlEscaper.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }
}
