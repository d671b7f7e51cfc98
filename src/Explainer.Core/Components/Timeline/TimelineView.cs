using Explainer.Pages;
using Explainer.Templates;

namespace Explainer.Components.Timeline;

/// <summary>The timeline as templates see it: an ordered list of events.</summary>
public sealed record TimelineView(string SectionId, string Heading, IReadOnlyList<TimelineEventView> Events, string? Current)
{
    public static TimelineView? Build(ExplainerContext context, string? current = null)
    {
        if (context.Data.Timeline.Count == 0)
        {
            return null;
        }

        var events = context.Data.Timeline.Select(e => new TimelineEventView(
            SectionIds.Event(e.Id),
            e.Id == current,
            e.Date.ToIso(),
            PartialDateText.Format(e.Date, e.End, context.Language),
            e.Title,
            e.Text,
            e.Mentions.Select(m => new LinkView("#" + m.Id, context.BlockLabel(m.Id))).ToList(),
            e.Source is { } s ? new LinkView(s.Url ?? string.Empty, s.Title) : null)).ToList();
        return new TimelineView(SectionIds.Timeline, context.T("timeline"), events, current);
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
