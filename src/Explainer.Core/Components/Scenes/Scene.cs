using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Scenes;

/// <summary>
/// A scrollytelling scene: article blocks as steps, and for each the state the sticky graphic shows.
/// It is placed in the article by a fenced div <c>::: {.scene #id}</c> around its steps.
/// </summary>
public sealed record Scene(string Id, string? Title, IReadOnlyList<SceneStep> Steps, SourceLocation Location) : IEntry
{
    public static readonly string[] Keys = ["id", "title", "steps"];

    public static Scene? Read(YamlMap map)
    {
        map.AllowOnly("a scene", Keys);
        var id = EntryIds.Read(map, "a scene");
        var steps = map.Maps("steps", required: true).Select(SceneStep.Read).OfType<SceneStep>().ToList();
        if (map.Has("steps") && map.Sequence("steps").Count == 0)
        {
            map.Context.Error(map.NodeOf("steps")!, ErrorCodes.InvalidValue, $"scene '{id}' needs at least one step");
        }

        return id is null ? null : new Scene(id, map.String("title"), steps, map.Location);
    }
}

/// <summary>One step: the block the reader reads, and what the graphic shows meanwhile.</summary>
public sealed record SceneStep(Reference Block, SceneState Show)
{
    public static SceneStep? Read(YamlMap map)
    {
        map.AllowOnly("a scene step", "block", "show");
        var block = EntryIds.One(map, "block", required: true, where: "a scene step");
        var show = map.Map("show", required: true);
        SceneState? state = null;
        if (show is not null)
        {
            show.AllowOnly("'show'", SceneState.Kinds);
            var kinds = SceneState.Kinds.Where(show.Has).ToList();
            var onlyKnownKeys = show.Keys.All(k => SceneState.Kinds.Contains(k));
            if (kinds.Count > 1 || (kinds.Count == 0 && onlyKnownKeys))
            {
                show.Context.Error(show.Node, ErrorCodes.InvalidValue,
                    $"'show' must name exactly one of {string.Join(", ", SceneState.Kinds)}");
            }
            else if (kinds.Count == 1 && EntryIds.One(show, kinds[0]) is { } target)
            {
                state = new SceneState(kinds[0], target);
            }
        }

        return block is null || state is null ? null : new SceneStep(block.Value, state);
    }
}

/// <summary>What the sticky graphic shows: an entry of a component a scene can show (a timeline event, a quote, a media item) or a map state.</summary>
/// <param name="Kind">The key under <c>show:</c>: a component's <see cref="IComponent.SceneKey"/>, or <see cref="Map"/>.</param>
/// <param name="Target">The id shown (for a map: the state's name, which needs no entry).</param>
public sealed record SceneState(string Kind, Reference Target)
{
    /// <summary>A map state: a name the graphic shows as it is, not an entry.</summary>
    public const string Map = "map";

    /// <summary>The keys <c>show:</c> takes: those of the registered components a scene can show, and <see cref="Map"/>.</summary>
    public static readonly string[] Kinds = [.. ComponentList.All.Select(c => c.SceneKey).OfType<string>(), Map];
}
