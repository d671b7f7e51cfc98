using Explainer.Components;
using Explainer.Content;
using Explainer.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Explainer.Pages;

/// <summary>
/// What the template of a template-only component sees (<c>::: {.faktenbox #id title="…"}</c>
/// rendered by <c>theme/components/faktenbox/faktenbox.html</c>): the div's id, its content as the
/// page shows it (safe HTML), its classes, and its other attributes (text, escaped when written like
/// every value; one the div does not set is empty, so <c>{{ if model.attributes.title }}</c> works).
/// </summary>
public sealed record TemplateComponentView(string Id, HtmlString Content, TemplateAttributes Attributes, IReadOnlyList<string> Classes)
{
    public static TemplateComponentView Build(ArticleBlock div, ExplainerContext context) =>
        new(
            div.Id,
            new HtmlString(string.Join("\n", div.Children.Select(c => context.BlockHtml(c).Value))),
            new TemplateAttributes(div.Attributes),
            div.Classes);
}

/// <summary>A fenced div's attributes for a template: each by its name, and null for one the div does not set.</summary>
public sealed class TemplateAttributes : ScriptObject
{
    public TemplateAttributes(IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (key, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            SetValue(key, value, readOnly: true);
        }
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            value = null;
        }

        return true;
    }
}
