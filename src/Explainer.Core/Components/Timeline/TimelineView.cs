using Explainer.Templates;

namespace Explainer.Components.Timeline;

/// <summary>The timeline as templates see it: its axis, drawn for the eye, and the ordered list of events that is its content.</summary>
public sealed record TimelineView(string SectionId, string Heading, HtmlString Axis, IReadOnlyList<TimelineEventView> Events) : IEmbeddable
{
    /// <summary>The height of the embedded timeline without events (heading, axis, margins, source line), and what each event adds.</summary>
    private const int BaseHeight = 320;
    private const int EventHeight = 95;

    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public EmbedView? Embed { get; init; }

    public string Partial => TimelineComponent.Partial;

    public int PresetHeight => BaseHeight + (EventHeight * Events.Count);

    public string EmbedTitle(Func<string, string> t) => Heading;

    public IEmbeddable WithEmbed(EmbedView embed) => this with { Embed = embed };

    public static TimelineView? Build(ExplainerContext context)
    {
        var timeline = context.Data.Of<TimelineEvent>();
        if (timeline.Count == 0)
        {
            return null;
        }

        var axis = AxisOf(context);
        var events = timeline.Select((e, i) => Event(e, context) with { Gap = axis.GapBefore[i] }).ToList();
        return new TimelineView(TimelineComponent.SectionId, context.T("timeline"), axis.Html(null), events);
    }

    /// <summary>The axis of the explainer's timeline, laid out once per page.</summary>
    public static TimeAxis AxisOf(ExplainerContext context) => context.Memo("timeline-axis", () => TimeAxis.Draw(
        [.. context.Data.Of<TimelineEvent>().Select(e => new AxisEvent(e.Id, e.Date, e.End, e.Title))], context.Language, context.T));

    /// <summary>One event as the list and a scene tell it.</summary>
    public static TimelineEventView Event(TimelineEvent e, ExplainerContext context) => new(
        TimelineComponent.EventPrefix + e.Id,
        e.Id,
        e.Date.ToIso(),
        PartialDateText.Format(e.Date, e.End, context.Language),
        e.Title,
        e.Text,
        e.Mentions.Select(m => new LinkView("#" + m.Id, context.BlockLabel(m.Id))).ToList(),
        e.Source is { } s ? new LinkView(s.Url ?? string.Empty, s.Title) : null);
}

/// <summary>
/// One event: its element id and its own id (the axis' <c>data-id</c>), its dates and text, and links
/// to the paragraphs that tell of it. <see cref="Gap"/> says the break of the axis before it
/// ("19 Jahre später"); <see cref="IsFocus"/> marks the event a scene's graphic shows first.
/// </summary>
public sealed record TimelineEventView(
    string Id,
    string Key,
    string Datetime,
    string DateText,
    string Title,
    string? Text,
    IReadOnlyList<LinkView> Mentions,
    LinkView? Source)
{
    public string? Gap { get; init; }

    public bool IsFocus { get; init; }
}

/// <summary>
/// The timeline as a scene's graphic shows it: the axis with one event in focus, and the events the
/// graphic can focus on, told beside it (only the one in focus is shown). A printed step shows one
/// event; the sticky graphic shows all the scene's, and the scene's script moves the focus.
/// </summary>
public sealed record TimelineStateView(HtmlString Axis, IReadOnlyList<TimelineEventView> Events)
{
    public static TimelineStateView For(IReadOnlyList<string> ids, ExplainerContext context)
    {
        var events = context.Data.Of<TimelineEvent>();
        return new TimelineStateView(
            TimelineView.AxisOf(context).Html(ids[0]),
            [.. ids.Select((id, k) => TimelineView.Event(events.First(e => e.Id == id), context) with { IsFocus = k == 0 })]);
    }
}
