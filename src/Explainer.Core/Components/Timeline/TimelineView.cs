namespace Explainer.Components.Timeline;

/// <summary>The timeline as templates see it: an ordered list of events.</summary>
public sealed record TimelineView(string SectionId, string Heading, IReadOnlyList<TimelineEventView> Events, string? Current) : IEmbeddable
{
    /// <summary>The height of the embedded timeline without events (heading, margins, source line), and what each event adds.</summary>
    private const int BaseHeight = 140;
    private const int EventHeight = 95;

    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public EmbedView? Embed { get; init; }

    public string Partial => TimelineComponent.Partial;

    public int PresetHeight => BaseHeight + (EventHeight * Events.Count);

    public string EmbedTitle(Func<string, string> t) => Heading;

    public IEmbeddable WithEmbed(EmbedView embed) => this with { Embed = embed };

    public static TimelineView? Build(ExplainerContext context, string? current = null)
    {
        var timeline = context.Data.Of<TimelineEvent>();
        if (timeline.Count == 0)
        {
            return null;
        }

        var events = timeline.Select(e => new TimelineEventView(
            TimelineComponent.EventPrefix + e.Id,
            e.Id == current,
            e.Date.ToIso(),
            PartialDateText.Format(e.Date, e.End, context.Language),
            e.Title,
            e.Text,
            e.Mentions.Select(m => new LinkView("#" + m.Id, context.BlockLabel(m.Id))).ToList(),
            e.Source is { } s ? new LinkView(s.Url ?? string.Empty, s.Title) : null)).ToList();
        return new TimelineView(TimelineComponent.SectionId, context.T("timeline"), events, current);
    }
}

/// <summary>One event: its element id, whether a scene points at it, its dates and text, and links to the paragraphs that tell of it.</summary>
public sealed record TimelineEventView(
    string Id,
    bool IsCurrent,
    string Datetime,
    string DateText,
    string Title,
    string? Text,
    IReadOnlyList<LinkView> Mentions,
    LinkView? Source);
