using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Timeline;

/// <summary>An event on the timeline, dated to the year, month or day.</summary>
/// <param name="Mentions">Article blocks that tell of this event; the timeline links to them.</param>
public sealed record TimelineEvent(
    string Id,
    PartialDate Date,
    PartialDate? End,
    string Title,
    string? Text,
    Reference? Media,
    SourceLink? Source,
    IReadOnlyList<Reference> Mentions,
    SourceLocation Location) : IEntry
{
    public static readonly string[] Keys = ["id", "date", "end", "title", "text", "media", "source", "mentions"];

    public static TimelineEvent? Read(YamlMap map)
    {
        map.AllowOnly("a timeline event", Keys);
        var id = EntryIds.Read(map, "a timeline event");
        var date = ReadDate(map, "date", required: true);
        var end = ReadDate(map, "end", required: false);
        var title = map.String("title", required: true, where: $"timeline event '{id}'");
        if (date is { } d && end is { } e && e.CompareTo(d) < 0)
        {
            map.Context.Error(map.NodeOf("end")!, ErrorCodes.InvalidDate, $"the end {e} of timeline event '{id}' is before its date {d}");
        }

        return id is null || date is null || title is null
            ? null
            : new TimelineEvent(id, date.Value, end, title, map.String("text"), EntryIds.One(map, "media"), SourceLink.Read(map),
                EntryIds.Many(map, "mentions"), map.Location);
    }

    private static PartialDate? ReadDate(YamlMap map, string key, bool required)
    {
        var text = map.String(key, required, "a timeline event");
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        map.Context.Error(map.NodeOf(key)!, ErrorCodes.InvalidDate, $"'{key}' must be a year (2000), a month (2024-05) or a day (2024-06-19), not '{text}'");
        return null;
    }
}
