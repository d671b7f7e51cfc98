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
                    check.Expect(step.Show.Target, shown.EntryKind, $"a step of scene '{scene.Id}'");
                }
            }
        }
    }

    public override BodyItem Place(ArticleBlock div, ExplainerContext context) =>
        new(Partial, SceneView.Build(context.Data.Of<Scene>().First(s => s.Id == div.Id), div, context, b => context.BlockHtml(b)));
}
