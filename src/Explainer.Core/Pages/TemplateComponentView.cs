using Explainer.Components;
using Explainer.Content;
using Explainer.Templates;

namespace Explainer.Pages;

/// <summary>
/// What the template of a template-only component sees (<c>::: {.faktenbox #id title="…"}</c>
/// rendered by <c>theme/components/faktenbox/faktenbox.html</c>): the div's id, its content as the
/// page shows it (safe HTML), and its other attributes (text, escaped when written like every value).
/// </summary>
public sealed record TemplateComponentView(string Id, HtmlString Content, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string> Classes)
{
    public static TemplateComponentView Build(ArticleBlock div, ExplainerContext context) =>
        new(
            div.Id,
            new HtmlString(string.Join("\n", div.Children.Select(c => context.BlockHtml(c).Value))),
            div.Attributes,
            div.Classes);
}
