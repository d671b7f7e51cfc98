using Explainer.Pages;

namespace Explainer.Components.Media;

/// <summary>
/// A figure as templates see it: an image with responsive variants, a video file with poster and
/// captions, or a third-party video shown as a placeholder that loads nothing until clicked.
/// </summary>
public sealed record MediaView(
    string Id,
    string Type,
    string? Src,
    string? SrcSet,
    int Width,
    int Height,
    string? Alt,
    string? Caption,
    string? Credit,
    string? Poster,
    string? Captions,
    string? CaptionsLang,
    string? Url,
    string? Provider,
    string? WatchText)
{
    /// <summary>How wide the figure is drawn: the article column, at most 38rem.</summary>
    public string Sizes => "(min-width: 40rem) 38rem, 100vw";

    public static MediaView Build(MediaItem item, ExplainerContext context, string slug, string basePath)
    {
        context.Renditions.TryGetValue(item.Id, out var rendition);
        string? Local(string? file) => file is null ? null : $"{basePath}{slug}/{file}";
        var isExternal = item.Type == "video" && item.Src is null;
        return new MediaView(
            SectionIds.Figure(item.Id),
            isExternal ? "external" : item.Type,
            rendition is not null ? basePath + rendition.Src : Local(item.Src),
            rendition?.SrcSet(basePath),
            rendition?.Width ?? 1280,
            rendition?.Height ?? 720,
            item.Alt,
            item.Caption,
            item.Credit,
            Local(item.Poster),
            Local(item.Captions),
            context.Language,
            item.Url,
            item.Provider,
            isExternal && item.Url is not null
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, context.T("watch_at"), item.Provider ?? new Uri(item.Url).Host)
                : null);
    }
}
