using Explainer.Components.Maps;
using Explainer.Components.Media;
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
            show.AllowOnly("'show'", [.. SceneState.Kinds, SceneState.FocusKey, SceneState.HighlightKey]);
            var kinds = SceneState.Kinds.Where(show.Has).ToList();
            var onlyKnownKeys = show.Keys.All(k => SceneState.Kinds.Contains(k) || k == SceneState.FocusKey || k == SceneState.HighlightKey);
            if (kinds.Count > 1 || (kinds.Count == 0 && onlyKnownKeys))
            {
                show.Context.Error(show.Node, ErrorCodes.InvalidValue,
                    $"'show' must name exactly one of {string.Join(", ", SceneState.Kinds)}");
            }
            else if (kinds.Count == 1 && EntryIds.One(show, kinds[0]) is { } target)
            {
                var kind = kinds[0];
                var focus = show.Has(SceneState.FocusKey) && kind != SceneState.Media ? ReadFocus(show, kind) : null;
                var region = show.Has(SceneState.FocusKey) && kind == SceneState.Media
                    ? ImageRegion.Read(show, SceneState.FocusKey, "the focus of a scene step")
                    : null;
                var highlight = show.Has(SceneState.HighlightKey) ? ReadHighlight(show, kind) : null;
                if ((!show.Has(SceneState.FocusKey) || focus is not null || region is not null) && (!show.Has(SceneState.HighlightKey) || highlight is not null))
                {
                    state = new SceneState(kind, target) { Focus = focus, Region = region, Highlight = highlight };
                }
            }
        }

        return block is null || state is null ? null : new SceneStep(block.Value, state);
    }

    /// <summary><c>highlight:</c> words of the quote shown, marked in it; only a quote has one.</summary>
    private static SceneHighlight? ReadHighlight(YamlMap show, string kind)
    {
        if (kind != SceneState.Quote)
        {
            show.Context.Error(show.NodeOf(SceneState.HighlightKey)!, ErrorCodes.InvalidValue, $"only a quote has words to highlight; 'show: {{{kind}: …}}' takes no 'highlight'");
            return null;
        }

        var words = show.String(SceneState.HighlightKey, required: true, where: "'show'");
        return words is null ? null : new SceneHighlight(words, show.Context.LocationOf(show.NodeOf(SceneState.HighlightKey)!));
    }

    /// <summary><c>focus:</c> for a map a place id, a list of place ids, or <c>[west, south, east, north]</c>; an image's is read as an <see cref="ImageRegion"/>; nothing else has one.</summary>
    private static SceneFocus? ReadFocus(YamlMap show, string kind)
    {
        var node = show.NodeOf(SceneState.FocusKey)!;
        if (kind != SceneState.Map)
        {
            show.Context.Error(node, ErrorCodes.InvalidValue, $"only a map or an image has a focus; 'show: {{{kind}: …}}' takes none");
            return null;
        }

        if (node is YamlSequenceNode { Children.Count: 4 } list && list.Children.All(c => c is YamlScalarNode { IsPlain: true } n && double.TryParse(n.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            return GeoBox.Read(show, SceneState.FocusKey, "the focus of a scene step") is { } box ? new SceneFocus([], box) : null;
        }

        var places = EntryIds.Many(show, SceneState.FocusKey);
        return places.Count == 0 ? null : new SceneFocus(places, null);
    }
}

/// <summary>What a map step zooms to: places of the map (by id), or an area.</summary>
public sealed record SceneFocus(IReadOnlyList<Reference> Places, GeoBox? Box)
{
    public MapFocus ToMapFocus() => new([.. Places.Select(p => p.Id)], Box);
}

/// <summary>What the sticky graphic shows: an entry of a component a scene can show (a timeline event, a quote, a media item), or a map at a focus.</summary>
/// <param name="Kind">The key under <c>show:</c>: a component's <see cref="IComponent.SceneKey"/>, or <see cref="Map"/>.</param>
/// <param name="Target">The id shown (for a map: the id of its media entry).</param>
public sealed record SceneState(string Kind, Reference Target)
{
    /// <summary>A map (a media entry of <c>type: map</c>), whole or zoomed to its <see cref="Focus"/>.</summary>
    public const string Map = "map";

    /// <summary>The key of a map step's focus, and of an image's region.</summary>
    public const string FocusKey = "focus";

    /// <summary>The key of the words a quote step marks.</summary>
    public const string HighlightKey = "highlight";

    /// <summary>The keys of the components whose steps take a region or a highlight.</summary>
    public const string Media = "media";
    public const string Quote = "quote";

    /// <summary>The keys <c>show:</c> takes: those of the registered components a scene can show, and <see cref="Map"/>.</summary>
    public static readonly string[] Kinds = [.. ComponentList.All.Select(c => c.SceneKey).OfType<string>(), Map];

    /// <summary>Where a map step zooms to; null for the whole map.</summary>
    public SceneFocus? Focus { get; init; }

    /// <summary>The part of an image a media step zooms to; null for the whole image.</summary>
    public ImageRegion? Region { get; init; }

    /// <summary>The words a quote step marks in the quote; null for none.</summary>
    public SceneHighlight? Highlight { get; init; }

    /// <summary>What tells two states apart: the kind, the target, and the focus, region or highlight.</summary>
    public string Key => $"{Kind}:{Target.Id}"
        + (Focus is { } f ? ":" + f.ToMapFocus().Canonical() : string.Empty)
        + (Region is { } r ? ":" + r.Canonical : string.Empty)
        + (Highlight is { } h ? ":" + h.Words : string.Empty);
}

/// <summary>Words of a quote a step marks, as written, and where.</summary>
public sealed record SceneHighlight(string Words, SourceLocation Location)
{
    /// <summary>Words compared as the reader sees them: runs of white space as one space.</summary>
    public string Normalized => Content.Words.Collapse(Words);
}
