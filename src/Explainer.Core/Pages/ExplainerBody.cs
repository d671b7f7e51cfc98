using Explainer.Components;
using Explainer.Content;

namespace Explainer.Pages;

/// <summary>
/// Lays out an explainer page: the article's blocks in order, with the components where the
/// article places them (<c>::: {.timeline}</c>, <c>::: {.perspectives #id}</c>…); what the article
/// does not place follows it. The registered components (<see cref="ComponentList"/>) make the
/// views; a fenced div whose class names a template-only component of the theme renders through
/// that component's template (<see cref="TemplateComponentView"/>).
/// </summary>
public sealed class ExplainerBody
{
    private ExplainerBody(IReadOnlyList<BodyItem> items, IReadOnlyList<BodyItem> after, IReadOnlyList<EmbedSection> sections)
    {
        Items = items;
        After = after;
        Sections = sections;
    }

    public IReadOnlyList<BodyItem> Items { get; }

    /// <summary>Components the article does not place, shown after it.</summary>
    public IReadOnlyList<BodyItem> After { get; }

    /// <summary>The sections other sites can embed, in page order: each view without its "Embed" control, and as the page shows it.</summary>
    public IReadOnlyList<EmbedSection> Sections { get; }

    /// <param name="templateComponents">The template-only components of the theme, by name (<c>theme/components/&lt;name&gt;/&lt;name&gt;.html</c> without C#).</param>
    public static ExplainerBody Build(ExplainerContext context, IReadOnlySet<string> templateComponents)
    {
        var placed = context.Article.Blocks.Select(b => Item(b, context, templateComponents)).ToList();
        var items = placed.Concat(ComponentList.All.SelectMany(c => c.Unplaced(context)).ToList()).ToList();
        var sections = items.SelectMany(i => EmbedSection.In(i.Model))
            .Select(m => EmbedSection.From(m, context.T).OnPage())
            .ToList();
        var controls = sections.ToDictionary(e => e.Model, e => (IEmbeddable)e.PageModel, ReferenceEqualityComparer.Instance);
        var withControls = items.Select(i => i with { Model = WithControls(i.Model, controls) }).ToList();
        return new ExplainerBody(withControls.Take(placed.Count).ToList(), withControls.Skip(placed.Count).ToList(), sections);
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
