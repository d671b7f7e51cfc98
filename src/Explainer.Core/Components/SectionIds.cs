namespace Explainer.Components;

/// <summary>
/// Ids of the embeddable sections of an explainer page. They are stable URL segments
/// (<c>&lt;slug&gt;/embed/&lt;section-id&gt;/</c>), so block ids may not take them.
/// </summary>
public static class SectionIds
{
    public const string Timeline = "timeline";
    public const string Perspectives = "perspectives";
    public const string Quotes = "quotes";

    public static string Quote(string id) => "quote-" + id;

    public static string Scene(string id) => "scene-" + id;

    public static string Figure(string id) => "figure-" + id;

    public static string Event(string id) => "event-" + id;

    public static string View(string id) => "view-" + id;

    /// <summary>The first perspectives box is <c>perspectives</c>; any further one is <c>perspectives-&lt;id&gt;</c>.</summary>
    public static string Perspective(string id, int index) => index == 0 ? Perspectives : $"{Perspectives}-{id}";

    /// <summary>True when an id written in the article would clash with a section id.</summary>
    public static bool IsReserved(string id) =>
        id is Timeline or Perspectives or Quotes or "article" or "main"
        || id.StartsWith("quote-", StringComparison.Ordinal)
        || id.StartsWith("scene-", StringComparison.Ordinal)
        || id.StartsWith("figure-", StringComparison.Ordinal)
        || id.StartsWith("event-", StringComparison.Ordinal)
        || id.StartsWith("view-", StringComparison.Ordinal)
        || id.StartsWith("perspectives-", StringComparison.Ordinal);
}
