using Explainer.Components;
using Explainer.Components.Media;
using Explainer.Content;

namespace Explainer.Pages;

/// <summary>
/// Lays out an explainer page: the article's blocks in order, with the components where the
/// article places them (<c>::: {.timeline}</c>, <c>::: {.perspectives #id}</c>…); what the article
/// does not place follows it; the lead (the front matter's hero, <see cref="LeadMedia"/>) comes
/// before it. The registered components (<see cref="ComponentList"/>) make the
/// views; a fenced div whose class names a template-only component of the theme renders through
/// that component's template (<see cref="TemplateComponentView"/>).
/// </summary>
public sealed class ExplainerBody
{
    private ExplainerBody(BodyItem? lead, IReadOnlyList<BodyItem> items, IReadOnlyList<BodyItem> after, IReadOnlyList<EmbedSection> sections)
    {
        Lead = lead;
        Items = items;
        After = after;
        Sections = sections;
    }

    /// <summary>The lead's figure, shown under the headline; null without a hero.</summary>
    public BodyItem? Lead { get; }

    public IReadOnlyList<BodyItem> Items { get; }

    /// <summary>Components the article does not place, shown after it.</summary>
    public IReadOnlyList<BodyItem> After { get; }

    /// <summary>The sections other sites can embed, in page order: each view without its "Embed" control, and as the page shows it.</summary>
    public IReadOnlyList<EmbedSection> Sections { get; }

    /// <param name="templateComponents">The template-only components of the theme, by name (<c>theme/components/&lt;name&gt;/&lt;name&gt;.html</c> without C#).</param>
    public static ExplainerBody Build(ExplainerContext context, IReadOnlySet<string> templateComponents)
    {
        List<BodyItem> lead = LeadMedia.Build(context) is { } figure ? [new BodyItem(MediaComponent.Partial, figure)] : [];
        var placed = context.Article.Blocks.Select(b => Item(b, context, templateComponents)).ToList();
        var items = lead.Concat(placed).Concat(ComponentList.All.SelectMany(c => c.Unplaced(context)).ToList()).ToList();
        var sections = items.SelectMany(i => EmbedSection.In(i.Model))
            .Select(m => EmbedSection.From(m, context.T).OnPage())
            .ToList();
        var controls = sections.ToDictionary(e => e.Model, e => (IEmbeddable)e.PageModel, ReferenceEqualityComparer.Instance);
        var withControls = items.Select(i => i with { Model = WithControls(i.Model, controls) }).ToList();
        return new ExplainerBody(
            lead.Count > 0 ? withControls[0] : null,
            withControls.Skip(lead.Count).Take(placed.Count).ToList(),
            withControls.Skip(lead.Count + placed.Count).ToList(),
            sections);
    }

    /// <summary>The model as the page shows it: each embeddable view in it with its "Embed" control.</summary>
    private static object WithControls(object model, Dictionary<object, IEmbeddable> controls) => model switch
    {
        IEmbeddable view => controls[view],
        IEmbeddableParts parts => parts.WithParts(p => controls[p]),
        _ => model,
    };

    private static BodyItem Item(ArticleBlock block, ExplainerContext context, IReadOnlySet<string> templateComponents)
    {
        if (ComponentList.PlacedBy(block) is { } component)
        {
            context.Placed.Add(component.PlacedById ? $"{component.Name}:{block.Id}" : component.Name);
            return component.Place(block, context);
        }

        if (block.Kind == "div" && block.Classes.FirstOrDefault(templateComponents.Contains) is { } name)
        {
            return new BodyItem(name, TemplateComponentView.Build(block, context));
        }

        return new BodyItem("html", context.BlockHtml(block));
    }
}
