using Explainer.Components.Maps;
using Explainer.Components.Media;
using Explainer.Templates;
using Explainer.Content;

namespace Explainer.Components.Scenes;

/// <summary>
/// A scene as templates see it. The states are the distinct things the sticky graphic shows; the
/// groups are runs of steps that share a state, so that without JavaScript each state is printed
/// once, before its steps.
/// </summary>
public sealed record SceneView(
    string SectionId, string SceneId, string? Title, string SkipText, IReadOnlyList<SceneStateView> States, IReadOnlyList<SceneGroupView> Groups, IReadOnlyList<SceneGraphicView> Graphics)
    : IEmbeddable
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
        var distinct = new List<SceneState>();
        var stateOfStep = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in scene.Steps)
        {
            var index = distinct.FindIndex(s => s.Key == step.Show.Key);
            if (index < 0)
            {
                index = distinct.Count;
                distinct.Add(step.Show);
            }

            stateOfStep[step.Block.Id] = index;
        }

        // A map is drawn once for all the steps that show it, a view per focus; the sticky graphic
        // holds it once, and CSS moves it from view to view.
        var states = new List<SceneStateView>();
        var graphics = new List<SceneGraphicView>();
        var maps = new Dictionary<string, (MapDrawing Drawing, string? Caption, List<int> States)>(StringComparer.Ordinal);
        foreach (var group in distinct.Select((s, i) => (State: s, Index: i)).Where(x => x.State.Kind == SceneState.Map).GroupBy(x => x.State.Target.Id))
        {
            var item = context.Media[group.Key];
            var drawing = MediaView.Draw(item, item.Map!, [.. group.Select(x => x.State.Focus?.ToMapFocus())], context, $" in scene '{scene.Id}'");
            maps[group.Key] = (drawing, item.Caption, [.. group.Select(x => x.Index)]);
        }

        // An image a step zooms into is one graphic for all the steps that show it, a view per step.
        var images = distinct.Select((s, i) => (State: s, Index: i))
            .Where(x => x.State.Kind == SceneState.Media && context.Media[x.State.Target.Id].Type == "image")
            .GroupBy(x => x.State.Target.Id)
            .Where(g => g.Any(x => x.State.Region is not null))
            .ToDictionary(g => g.Key, g => g.Select(x => x.Index).ToList(), StringComparer.Ordinal);

        // A component that shows several entries in one graphic (IComponent.ShowMany) gets one for all
        // the states that show it; the scene's script moves its focus from entry to entry.
        var shared = distinct.Select((s, i) => (State: s, Index: i)).Where(x => x.State.Kind != SceneState.Map).GroupBy(x => x.State.Kind)
            .Select(g => (Kind: g.Key, Indexes: g.Select(x => x.Index).ToList(), Model: ComponentList.ShownBy(g.Key)!.ShowMany([.. g.Select(x => x.State.Target.Id)], context)))
            .Where(g => g.Model is not null)
            .ToDictionary(g => g.Kind, g => (g.Indexes, Model: g.Model!), StringComparer.Ordinal);

        for (var i = 0; i < distinct.Count; i++)
        {
            var state = distinct[i];
            if (state.Kind == SceneState.Media && images.TryGetValue(state.Target.Id, out var shown))
            {
                var focused = Focused(state, context);
                states.Add(new SceneStateView(i, state.Key, state.Kind, focused));
                if (shown[0] == i)
                {
                    var views = shown.Select(j => Focused(distinct[j], context)).ToList();
                    graphics.Add(new SceneGraphicView(string.Join(" ", shown), state.Kind, focused, string.Join(";", views.Select(v => v.Focus!.Value.ViewText)))
                    {
                        Sizes = string.Join(";", views.Select(v => v.Sizes)),
                    });
                }
            }
            else if (state.Highlight is { } highlight)
            {
                var quote = (Quotes.QuoteView)ComponentList.ShownBy(state.Kind)!.Show(state.Target.Id, context);
                var model = new HighlightedQuoteView(Quotes.QuoteHighlight.Mark(quote.Paragraphs, highlight.Words), quote.Lang, quote.Speaker, quote.Role);
                states.Add(new SceneStateView(i, state.Key, state.Kind, model));
                graphics.Add(new SceneGraphicView(i.ToString(System.Globalization.CultureInfo.InvariantCulture), state.Kind, model, null));
            }
            else if (state.Kind == SceneState.Map)
            {
                var (drawing, caption, indexes) = maps[state.Target.Id];
                var view = indexes.IndexOf(i);
                states.Add(new SceneStateView(i, state.Key, state.Kind, new MapStateView(new HtmlString(drawing.Svg(view)), caption, drawing.Key)));
                if (view == 0)
                {
                    graphics.Add(new SceneGraphicView(string.Join(" ", indexes), state.Kind, new MapStateView(null, null, []), drawing.ViewList));
                }
            }
            else if (shared.TryGetValue(state.Kind, out var many))
            {
                states.Add(SceneStateView.Build(i, state.Key, state, context));
                if (many.Indexes[0] == i)
                {
                    graphics.Add(new SceneGraphicView(string.Join(" ", many.Indexes), state.Kind, many.Model, null)
                    {
                        Focus = string.Join(" ", many.Indexes.Select(k => distinct[k].Target.Id)),
                    });
                }
            }
            else
            {
                states.Add(SceneStateView.Build(i, state.Key, state, context));
                graphics.Add(new SceneGraphicView(i.ToString(System.Globalization.CultureInfo.InvariantCulture), state.Kind, states[^1].Model, null));
            }
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
            groups.Select(g => new SceneGroupView(g.State, g.Steps)).ToList(), graphics);
    }

    /// <summary>The image of a media step at its region (the whole image when it names none).</summary>
    private static MediaView Focused(SceneState state, ExplainerContext context) =>
        (MediaView)ComponentList.ShownBy(state.Kind)!.Show(state.Target.Id, context) with { Focus = state.Region ?? ImageRegion.Whole };
}

/// <summary>
/// What the sticky graphic holds for one or more states: <see cref="States"/> lists their indexes
/// (a map shown by several steps is one graphic, and so are all the timeline's steps), <see cref="Views"/>
/// a map's view per state, <see cref="Focus"/> the id in focus per state, in the same order, as the
/// scene's script reads them.
/// </summary>
public sealed record SceneGraphicView(string States, string Kind, object Model, string? Views)
{
    /// <summary>An image's <c>sizes</c> at each view, separated by semicolons: zoomed in, the browser takes a wider variant.</summary>
    public string? Sizes { get; init; }

    /// <summary>For a graphic that serves several entries (<see cref="IComponent.ShowMany"/>): the entry each state focuses on.</summary>
    public string? Focus { get; init; }
}

/// <summary>A quote as a scene step shows it with words marked: its paragraphs are HTML (<see cref="Quotes.QuoteHighlight"/>).</summary>
public sealed record HighlightedQuoteView(IReadOnlyList<HtmlString> Paragraphs, string? Lang, string Speaker, string? Role);

/// <summary>
/// A map as a scene shows it: its SVG at one view, its caption and key. In the sticky graphic it has
/// no SVG: the scene's script makes the moving map from the views printed with the steps.
/// </summary>
public sealed record MapStateView(HtmlString? Svg, string? Caption, IReadOnlyList<string> Key);

/// <summary>One thing the graphic shows: a timeline with one event highlighted, a quote, a figure, or a map at a view.</summary>
public sealed record SceneStateView(int Index, string Key, string Kind, object Model)
{
    /// <summary>The state: what the component named by its kind shows of the entry (its partial is <c>state-&lt;kind&gt;</c>).</summary>
    public static SceneStateView Build(int index, string key, SceneState state, ExplainerContext context) =>
        new(index, key, state.Kind, ComponentList.ShownBy(state.Kind)!.Show(state.Target.Id, context));
}

/// <summary>Consecutive steps that share a state.</summary>
public sealed record SceneGroupView(SceneStateView State, IReadOnlyList<SceneStepView> Steps);

/// <summary>A step: the block's id, the index of its state, and the block as rendered on the page.</summary>
public sealed record SceneStepView(string BlockId, int State, object Block);
