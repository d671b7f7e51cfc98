using Explainer.Content;

namespace Explainer.Components.Scenes;

/// <summary>
/// A scene as templates see it. The states are the distinct things the sticky graphic shows; the
/// groups are runs of steps that share a state, so that without JavaScript each state is printed
/// once, before its steps.
/// </summary>
public sealed record SceneView(string SectionId, string SceneId, string? Title, string SkipText, IReadOnlyList<SceneStateView> States, IReadOnlyList<SceneGroupView> Groups) : IEmbeddable
{
    /// <summary>The height of an embedded scene without steps (title, margins), and what each step adds (its text and the graphic printed before it).</summary>
    private const int BaseHeight = 160;
    private const int StepHeight = 230;

    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public EmbedView? Embed { get; init; }

    public string Partial => ScenesComponent.Partial;

    public int PresetHeight => BaseHeight + (StepHeight * Groups.Sum(g => g.Steps.Count));

    public string EmbedTitle(Func<string, string> t) => Title ?? t("scene");

    public IEmbeddable WithEmbed(EmbedView embed) => this with { Embed = embed };

    public static SceneView Build(Scene scene, ArticleBlock div, ExplainerContext context, Func<ArticleBlock, object> renderBlock)
    {
        var states = new List<SceneStateView>();
        var stateOfStep = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in scene.Steps)
        {
            var key = $"{step.Show.Kind}:{step.Show.Target.Id}";
            var index = states.FindIndex(s => s.Key == key);
            if (index < 0)
            {
                index = states.Count;
                states.Add(SceneStateView.Build(index, key, step.Show, context));
            }

            stateOfStep[step.Block.Id] = index;
        }

        // Walk the scene's blocks in article order; a block that is no step keeps the state before it.
        var groups = new List<(SceneStateView State, List<SceneStepView> Steps)>();
        var current = 0;
        foreach (var block in div.Children)
        {
            var state = stateOfStep.TryGetValue(block.Id, out var s) ? s : current;
            if (groups.Count == 0 || state != current)
            {
                groups.Add((states[state], []));
                current = state;
            }

            groups[^1].Steps.Add(new SceneStepView(block.Id, state, renderBlock(block)));
        }

        return new SceneView(ScenesComponent.ScenePrefix + scene.Id, scene.Id, scene.Title, context.T("skip_scene"), states,
            groups.Select(g => new SceneGroupView(g.State, g.Steps)).ToList());
    }
}

/// <summary>One thing the graphic shows: a timeline with one event highlighted, a quote, a figure, or a map state.</summary>
public sealed record SceneStateView(int Index, string Key, string Kind, object Model)
{
    /// <summary>The state: what the component named by its kind shows of the entry (its partial is <c>state-&lt;kind&gt;</c>), or the map state's name.</summary>
    public static SceneStateView Build(int index, string key, SceneState state, ExplainerContext context) =>
        new(index, key, state.Kind, ComponentList.ShownBy(state.Kind) is { } shown ? shown.Show(state.Target.Id, context) : state.Target.Id);
}

/// <summary>Consecutive steps that share a state.</summary>
public sealed record SceneGroupView(SceneStateView State, IReadOnlyList<SceneStepView> Steps);

/// <summary>A step: the block's id, the index of its state, and the block as rendered on the page.</summary>
public sealed record SceneStepView(string BlockId, int State, object Block);
