using Explainer.Components.Media;
using Explainer.Components.People;
using Explainer.Components.Perspectives;
using Explainer.Components.Quotes;
using Explainer.Components.Scenes;
using Explainer.Components.Timeline;
using Explainer.Content;

namespace Explainer.Components;

/// <summary>
/// The registered components, in the order explainer.yml lists its keys and the page shows what
/// the article does not place. Adding a component is its folders and one line here.
/// </summary>
public static class ComponentList
{
    public static readonly IReadOnlyList<IComponent> All =
    [
        new TimelineComponent(),
        new PeopleComponent(),
        new PerspectivesComponent(),
        new QuotesComponent(),
        new ScenesComponent(),
        new MediaComponent(),
    ];

    /// <summary>The component a fenced div places (<c>::: {.media #karte}</c>), or null for a div of prose.</summary>
    public static IComponent? PlacedBy(ArticleBlock block)
    {
        if (block.Kind != "div")
        {
            return null;
        }

        foreach (var component in All)
        {
            if (component.PlacementClass is { } name && block.Classes.Contains(name))
            {
                return component;
            }
        }

        return null;
    }

    /// <summary>The component a scene step's <c>show:</c> key names.</summary>
    public static IComponent? ShownBy(string sceneKey) => All.FirstOrDefault(c => c.SceneKey == sceneKey);

    /// <summary>True when an id written in the article would clash with the id of a section of the page.</summary>
    public static bool IsReserved(string id) =>
        id is "article" or "main"
        || All.Any(c => c.ReservedIds.Any(r => r.EndsWith('-') ? id.StartsWith(r, StringComparison.Ordinal) : id == r));
}
