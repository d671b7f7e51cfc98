using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Templates;

/// <summary>
/// Functions every template can call, by their names in snake_case (<see cref="All"/>):
/// <c>partial</c>, <c>url</c>, <c>asset</c>, <c>t</c>, <c>format_date</c>, <c>iso_date</c>.
/// </summary>
public static class TemplateFunctions
{
    /// <summary>Renders <c>partials/NAME.html</c> with <c>model</c> set; its output is trusted HTML.</summary>
    public static HtmlString? Partial(TemplateContext context, string name, object? model = null) =>
        Html(context).Catalog.RenderPartial(Html(context), name, model);

    /// <summary>A site path with the base path in front: <c>url "putin-nordkorea/"</c> gives <c>/repo/putin-nordkorea/</c>.</summary>
    public static string Url(TemplateContext context, string path) =>
        Html(context).Scope.BasePath + path.TrimStart('/');

    /// <summary>The fingerprinted URL of a theme asset, e.g. <c>asset "site.css"</c>.</summary>
    public static string Asset(TemplateContext context, string name) =>
        Html(context).Scope.Assets.TryGetValue(name, out var path)
            ? Url(context, path)
            : throw new ScriptRuntimeException(context.CurrentSpan, $"the theme has no asset '{name}'");

    /// <summary>A UI string in the page's language, from theme/i18n/LANG.yml; a missing one is an error at the call (<see cref="UiText"/>).</summary>
    public static string T(TemplateContext context, string key) =>
        Html(context).Scope.Strings.TryGet(key, out var text) ? text : throw new ScriptRuntimeException(context.CurrentSpan, text);

    /// <summary>A date as readers of the page's language write it: "19. Juni 2024", "19 June 2024".</summary>
    public static string FormatDate(TemplateContext context, DateTimeOffset date) =>
        DateText.Long(date, Html(context).Scope.Language);

    /// <summary>The ISO 8601 form for <c>&lt;time datetime&gt;</c>, with the time zone.</summary>
    public static string IsoDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The functions by the names templates call them, each a typed call (<see cref="TemplateFunction"/>).</summary>
    internal static ScriptObject All() => new()
    {
        ["partial"] = TemplateFunction.For(nameof(Partial), (c, a) => Partial(c, TemplateFunction.Text(a, 0), a[1])),
        ["url"] = TemplateFunction.For(nameof(Url), (c, a) => Url(c, TemplateFunction.Text(a, 0))),
        ["asset"] = TemplateFunction.For(nameof(Asset), (c, a) => Asset(c, TemplateFunction.Text(a, 0))),
        ["t"] = TemplateFunction.For(nameof(T), (c, a) => T(c, TemplateFunction.Text(a, 0))),
        ["format_date"] = TemplateFunction.For(nameof(FormatDate), (c, a) => FormatDate(c, TemplateFunction.Date(a, 0))),
        ["iso_date"] = TemplateFunction.For(nameof(IsoDate), (_, a) => IsoDate(TemplateFunction.Date(a, 0))),
    };

    private static HtmlTemplateContext Html(TemplateContext context) => (HtmlTemplateContext)context;
}
