using Explainer.Content;
using Explainer.Yaml;

namespace Explainer.Components.Timeline;

/// <summary>
/// The timeline: dated events in order, each linked to the paragraphs that tell of it. Placed whole
/// by <c>::: {.timeline}</c>, else shown after the article, with its axis (<see cref="TimeAxis"/>) above
/// the list; a scene step shows the axis with one event in focus (<c>show: {timeline: id}</c>).
/// </summary>
public sealed class TimelineComponent : Component<TimelineEvent>
{
    /// <summary>The id of its section, the whole timeline.</summary>
    public const string SectionId = "timeline";

    /// <summary>The prefix of each event's element id.</summary>
    public const string EventPrefix = "event-";

    public override string Name => "timeline";

    public override string Key => "timeline";

    public override string EntryKind => "timeline event";

    public override string? PlacementClass => "timeline";

    public override string? SceneKey => "timeline";

    /// <summary>The partial that renders one of its sections, on the page and in an embed page.</summary>
    public const string Partial = "timeline";

    public override string? EmbedPartial => Partial;

    public override IReadOnlyList<string> Templates => ["timeline", "state-timeline"];

    public override IReadOnlyList<string> UiStrings => ["timeline", "in_text", "source", "colon", .. TimeGap.StringKeys];

    public override IReadOnlyList<string> ReservedIds => [SectionId, EventPrefix];

    protected override TimelineEvent? ReadEntry(YamlMap map) => TimelineEvent.Read(map);

    protected override IEnumerable<TimelineEvent> Order(IEnumerable<TimelineEvent> entries) => entries.OrderBy(e => e.Date);

    public override void Check(EntryCheck check)
    {
        foreach (var e in check.Data.Of<TimelineEvent>())
        {
            check.Expect(e.Media, "media item", $"timeline event '{e.Id}'");
            foreach (var m in e.Mentions)
            {
                check.Expect(m, "block", $"timeline event '{e.Id}'");
            }
        }
    }

    public override BodyItem Place(ArticleBlock div, ExplainerContext context) =>
        TimelineView.Build(context) is { } timeline ? new(Name, timeline) : BodyItem.Nothing;

    public override IEnumerable<BodyItem> Unplaced(ExplainerContext context) =>
        !context.Placed.Contains(Name) && TimelineView.Build(context) is { } timeline ? [new BodyItem(Name, timeline)] : [];

    public override object Show(string id, ExplainerContext context) => TimelineStateView.Printed(id, context);

    /// <summary>One axis serves all of a scene's timeline steps: the scene's script moves the focus from event to event.</summary>
    public override object? ShowMany(IReadOnlyList<string> ids, ExplainerContext context) => TimelineStateView.Graphic(ids, context);

    public override IEnumerable<SourceLink> Sources(ExplainerData data) => data.Of<TimelineEvent>().Select(e => e.Source).OfType<SourceLink>();
}
