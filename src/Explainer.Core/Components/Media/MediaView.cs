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
    string? WatchText) : IEmbeddable
{
    /// <summary>The height of an embedded figure's caption and credit; the picture's follows from its aspect ratio at the nominal width.</summary>
    private const int CaptionHeight = 90;

    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public EmbedView? Embed { get; init; }

    public string SectionId => Id;

    public string Partial => MediaComponent.Partial;

    public int PresetHeight => CaptionHeight + (int)Math.Ceiling(EmbedSection.Width * (double)Height / Math.Max(Width, 1));

    public string EmbedTitle(Func<string, string> t) => Caption ?? Alt ?? Id;

    public IEmbeddable WithEmbed(EmbedView embed) => this with { Embed = embed };

    /// <summary>How wide the figure is drawn: the article column, at most 38rem.</summary>
    public string Sizes => "(min-width: 40rem) 38rem, 100vw";

    public static MediaView Build(MediaItem item, ExplainerContext context)
    {
        context.Renditions.TryGetValue(item.Id, out var rendition);
        var basePath = context.BasePath;
        string? Local(string? file) => file is null ? null : $"{basePath}{context.Slug}/{file}";
        var isExternal = item.Type == "video" && item.Src is null;
        return new MediaView(
            MediaComponent.FigurePrefix + item.Id,
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
