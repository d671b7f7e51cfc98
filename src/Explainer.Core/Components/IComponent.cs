using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components;

/// <summary>
/// One component of an explainer (a timeline, quotes, a perspectives box…): everything the tool
/// knows about it, in one place. Its code lives in <c>Components/&lt;Name&gt;/</c>, its templates,
/// CSS and JavaScript in <c>theme/components/&lt;name&gt;/</c>, and it is registered in
/// <see cref="ComponentList.All"/>. The build asks the registered components; nothing else
/// switches on a component's name.
/// </summary>
public interface IComponent
{
    /// <summary>Its name, in lower case: the folder of its templates, CSS and JavaScript (<c>theme/components/&lt;name&gt;/</c>).</summary>
    string Name { get; }

    /// <summary>The top-level key of its entries in explainer.yml (<c>timeline:</c>).</summary>
    string Key { get; }

    /// <summary>What one of its entries is called in messages ("timeline event").</summary>
    string EntryKind { get; }

    /// <summary>The type of its entries, as <see cref="ExplainerData.Of{T}"/> finds them.</summary>
    Type EntryType { get; }

    /// <summary>The class of the fenced div that places it in the article (<c>::: {.timeline}</c>); null when it is not placed.</summary>
    string? PlacementClass { get; }

    /// <summary>True when the fenced div names one entry by its id (<c>::: {.perspectives #warum}</c>), false when it places the whole component.</summary>
    bool PlacedById { get; }

    /// <summary>The key under a scene step's <c>show:</c> that shows one of its entries in the sticky graphic (<c>show: {quote: id}</c>); null when a scene cannot show it.</summary>
    string? SceneKey { get; }

    /// <summary>The partial an embed page renders one of its sections with; null when it has no embeddable section.</summary>
    string? EmbedPartial { get; }

    /// <summary>The partials it renders with, in <c>theme/components/&lt;name&gt;/</c>.</summary>
    IReadOnlyList<string> Templates { get; }

    /// <summary>The UI strings (<c>theme/i18n/*.yml</c>) its views use.</summary>
    IReadOnlyList<string> UiStrings { get; }

    /// <summary>Element ids of its sections on the page (<c>timeline</c>), and prefixes of them ending in '-' (<c>event-</c>): article blocks may not take them.</summary>
    IReadOnlyList<string> ReservedIds { get; }

    /// <summary>Reads its entries from explainer.yml; each problem is reported with its line and column.</summary>
    IReadOnlyList<IEntry> Read(YamlMap explainer);

    /// <summary>The ids its entries declare (an entry, and entries inside it), with what each is called.</summary>
    IEnumerable<DeclaredId> Declare(ExplainerData data);

    /// <summary>Checks its entries against the article and the other entries: references, text, files.</summary>
    void Check(EntryCheck check);

    /// <summary>The view the fenced div <paramref name="div"/> places, as a body item of the page.</summary>
    BodyItem Place(ArticleBlock div, ExplainerContext context);

    /// <summary>What of it the article does not place, shown after the article.</summary>
    IEnumerable<BodyItem> Unplaced(ExplainerContext context);

    /// <summary>What the sticky graphic of a scene shows for the entry <paramref name="id"/>.</summary>
    object Show(string id, ExplainerContext context);

    /// <summary>
    /// What one sticky graphic shows for several of its entries, one at a time (<paramref name="ids"/>
    /// in the order of the scene's states, the first in focus), or null when each entry needs a graphic
    /// of its own. A scene then puts the ids in the graphic's <c>data-focus</c>, and its script moves
    /// the class <c>is-focus</c> to the elements whose <c>data-id</c> is the current state's.
    /// </summary>
    object? ShowMany(IReadOnlyList<string> ids, ExplainerContext context);

    /// <summary>The HTML of an article block as the page shows it, given its HTML so far (the quotes component links the quotes in it).</summary>
    string Annotate(ArticleBlock block, string html, ExplainerContext context);

    /// <summary>The sources its entries cite, for the list at the end of the page.</summary>
    IEnumerable<SourceLink> Sources(ExplainerData data);
}

/// <summary>An entry of explainer.yml: it has an id, and a place in the file that messages point at.</summary>
public interface IEntry
{
    string Id { get; }

    SourceLocation Location { get; }
}

/// <summary>An id declared in explainer.yml: what it names, and where it was written.</summary>
public readonly record struct DeclaredId(string Id, string Kind, SourceLocation Location);

/// <summary>One item of the page body: a block of the article (<c>html</c>) or a component, rendered by the partial of that name.</summary>
public sealed record BodyItem(string Kind, object Model)
{
    /// <summary>An item that writes nothing: a component placed where it has nothing to show (<c>::: {.timeline}</c> without events).</summary>
    public static readonly BodyItem Nothing = new("html", Templates.HtmlString.Empty);
}
