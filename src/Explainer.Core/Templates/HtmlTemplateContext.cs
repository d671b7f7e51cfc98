using Scriban;
using Scriban.Parsing;

namespace Explainer.Templates;

/// <summary>
/// A Scriban context that escapes every value a template writes, except <see cref="HtmlString"/>.
/// Strict: an unknown variable or member is an error. One is made for every render.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Scriban's built-in functions (string, array, date…), made once and shared by every render:
    /// a context of its own would deep-copy them, several times per page. Templates only read them.
    /// </summary>
    private static readonly Scriban.Runtime.ScriptObject Builtins = new Scriban.Functions.BuiltinFunctions();

    public HtmlTemplateContext(TemplateCatalog catalog, RenderScope scope)
        : base(Builtins)
    {
        Catalog = catalog;
        Scope = scope;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableNullIndexer = false;
        LoopLimit = 100_000;
        RecursiveLimit = 50;
        NewLine = "\n";
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    public TemplateCatalog Catalog { get; }

    public RenderScope Scope { get; }

    /// <summary>The page's variables, shared with the partials it renders.</summary>
    public Scriban.Runtime.ScriptObject Globals { get; set; } = new();

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
