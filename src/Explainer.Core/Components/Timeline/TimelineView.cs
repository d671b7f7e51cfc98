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
/// The timeline as a scene shows it: the axis with one event in focus, and the events it can focus
/// on, told below it (only the one in focus is shown). A printed step has its own axis, compact, with
/// its event in focus. The sticky graphic serves all the scene's timeline steps; its axis is copied
/// in from the timeline's own by the scene's script (<c>data-copy</c>), which then moves the focus.
/// </summary>
public sealed record TimelineStateView(HtmlString Axis, IReadOnlyList<TimelineEventView> Events)
{
    /// <summary>The empty axis of the sticky graphic, and where the scene's script copies it from.</summary>
    public static readonly HtmlString CopiedAxis =
        new($"<div class=\"timeline-axis\" aria-hidden=\"true\" data-copy=\"#{TimelineComponent.SectionId} .timeline-axis\"></div>");

    /// <summary>A step printed with the steps: the compact axis with its event in focus, and the event.</summary>
    public static TimelineStateView Printed(string id, ExplainerContext context) =>
        new(TimelineView.AxisOf(context).CompactHtml(id), [Told(id, context, focus: true)]);

    /// <summary>The sticky graphic for the steps that show <paramref name="ids"/>, the first in focus.</summary>
    public static TimelineStateView Graphic(IReadOnlyList<string> ids, ExplainerContext context) =>
        new(CopiedAxis, [.. ids.Select((id, k) => Told(id, context, focus: k == 0))]);

    private static TimelineEventView Told(string id, ExplainerContext context, bool focus) =>
        TimelineView.Event(context.Data.Of<TimelineEvent>().First(e => e.Id == id), context) with { IsFocus = focus };
}
