using Explainer.Components.Media;
using Explainer.Components.Quotes;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Scenes;

/// <summary>
/// Scrollytelling scenes: article blocks as steps, and for each what the sticky graphic shows (an
/// entry of a component a scene can show, <see cref="IComponent.SceneKey"/>). A scene is placed by
/// a fenced div <c>::: {.scene #id}</c> around its steps, and is a section of its own.
/// </summary>
public sealed class ScenesComponent : Component<Scene>
{
    /// <summary>The prefix of each scene's section id.</summary>
    public const string ScenePrefix = "scene-";

    public override string Name => "scenes";

    public override string Key => "scenes";

    public override string EntryKind => "scene";

    public override string? PlacementClass => "scene";

    public override bool PlacedById => true;

    /// <summary>The partial that renders one of its sections, on the page and in an embed page.</summary>
    public const string Partial = "scene";

    public override string? EmbedPartial => Partial;

    public override IReadOnlyList<string> Templates => ["scene", "state-map"];

    public override IReadOnlyList<string> UiStrings => ["skip_scene", "scene"];

    public override IReadOnlyList<string> ReservedIds => [ScenePrefix];

    protected override Scene? ReadEntry(YamlMap map) => Scene.Read(map);

    /// <summary>Each scene is placed, and its steps are blocks inside its fenced div that show entries that exist.</summary>
    public override void Check(EntryCheck check)
    {
        // A div written twice is already an error (XPL0105); the first one stands for the scene.
        var divs = check.Placements(this).GroupBy(b => b.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var scene in check.Data.Of<Scene>())
        {
            divs.TryGetValue(scene.Id, out var div);
            if (div is null)
            {
                check.Diagnostics.Add(scene.Location, ErrorCodes.DanglingReference,
                    $"scene '{scene.Id}' is not placed in the article: wrap its steps in '::: {{.scene #{scene.Id}}}' … ':::'");
            }

            var inside = div?.DescendantsAndSelf().Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var step in scene.Steps)
            {
                if (check.Expect(step.Block, "block", $"scene '{scene.Id}'") && inside is not null && !inside.Contains(step.Block.Id))
                {
                    check.Diagnostics.Add(step.Block.Location, ErrorCodes.DanglingReference,
                        $"step '{step.Block.Id}' of scene '{scene.Id}' is not inside the scene's fenced div in the article");
                }

                if (ComponentList.ShownBy(step.Show.Kind) is { } shown)
                {
                    if (check.Expect(step.Show.Target, shown.EntryKind, $"a step of scene '{scene.Id}'"))
                    {
                        CheckRegion(check, scene, step.Show);
                        CheckHighlight(check, scene, step.Show);
                    }
                }
                else if (step.Show.Kind == SceneState.Map)
                {
                    CheckMap(check, scene, step.Show);
                }
            }
        }
    }

    /// <summary>A map step names a media entry of <c>type: map</c>, and focuses on places it has.</summary>
    private static void CheckMap(EntryCheck check, Scene scene, SceneState show)
    {
        var map = check.Data.Of<MediaItem>().FirstOrDefault(m => m.Id == show.Target.Id && m.Type == "map");
        if (map is null)
        {
            check.Diagnostics.Add(show.Target.Location, ErrorCodes.DanglingReference,
                $"a step of scene '{scene.Id}' shows the map '{show.Target.Id}', but no media entry of type: map has that id; "
                + "a map step is written 'show: {map: <id of a media entry of type: map>, focus: <place id>}' (a named map state such as {map: start} is no longer drawn)");
            return;
        }

        foreach (var place in map.Map is null ? [] : show.Focus?.Places ?? [])
        {
            if (map.Map!.Place(place.Id) is null)
            {
                check.Diagnostics.Add(place.Location, ErrorCodes.DanglingReference,
                    $"a step of scene '{scene.Id}' focuses on '{place.Id}', which is no place of map '{map.Id}' ({string.Join(", ", map.Map.Places.Select(p => p.Id))})");
            }
        }
    }

    /// <summary>Only an image has a region to zoom to.</summary>
    private static void CheckRegion(EntryCheck check, Scene scene, SceneState show)
    {
        if (show.Region is not null && check.Data.Of<MediaItem>().FirstOrDefault(m => m.Id == show.Target.Id) is { Type: not "image" } item)
        {
            check.Diagnostics.Add(show.Target.Location, ErrorCodes.InvalidValue,
                $"a step of scene '{scene.Id}' zooms into '{item.Id}', which is a {item.Type}: only an image has a focus box [x, y, width, height]");
        }
    }

    /// <summary>The words a quote step marks stand in the quote.</summary>
    private static void CheckHighlight(EntryCheck check, Scene scene, SceneState show)
    {
        if (show.Highlight is { } highlight && check.Data.Of<Quote>().FirstOrDefault(q => q.Id == show.Target.Id) is { } quote
            && !QuoteHighlight.Finds(quote.Paragraphs, highlight.Words))
        {
            check.Diagnostics.Add(highlight.Location, ErrorCodes.QuoteNotInText,
                $"a step of scene '{scene.Id}' highlights \"{highlight.Words}\", which is not in quote '{quote.Id}' (\"{Words.First(quote.Paragraphs[0], 12, out var more)}{(more || quote.Paragraphs.Count > 1 ? " …" : string.Empty)}\")");
        }
    }

    public override BodyItem Place(ArticleBlock div, ExplainerContext context) =>
        new(Partial, SceneView.Build(context.Data.Of<Scene>().First(s => s.Id == div.Id), div, context, b => context.BlockHtml(b)));
}
