using Explainer.Components.Maps;
using Explainer.Components.Media.Audio;
using Explainer.Diagnostics;
using Explainer.Templates;

namespace Explainer.Components.Media;

/// <summary>
/// A figure as templates see it: an image with responsive variants, a video file with poster and
/// captions, a third-party video shown as a placeholder that loads nothing until clicked, an audio
/// file with its length and transcript (its poster, when it has one, in <see cref="Poster"/>,
/// <see cref="SrcSet"/>, <see cref="Width"/> and <see cref="Height"/>), or a map.
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

    /// <summary>What an audio adds below its poster: the player's controls and the transcript's closed toggle.</summary>
    private const int AudioHeight = 100;

    /// <summary>A map's inline SVG (safe HTML: <see cref="MapDrawing"/> escapes what it writes); null for other types.</summary>
    public HtmlString? MapSvg { get; init; }

    /// <summary>A map's key: what its hatching means.</summary>
    public IReadOnlyList<string> MapKey { get; init; } = [];

    /// <summary>An audio's length as the page shows it (<c>2:05</c>); null for other types.</summary>
    public string? Length { get; init; }

    /// <summary>The same length for <c>&lt;time datetime&gt;</c> (<c>PT2M5S</c>).</summary>
    public string? LengthIso { get; init; }

    /// <summary>An audio's transcript; empty for other types.</summary>
    public IReadOnlyList<TranscriptParagraph> Transcript { get; init; } = [];

    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public EmbedView? Embed { get; init; }

    public string SectionId => Id;

    public string Partial => MediaComponent.Partial;

    public int PresetHeight => CaptionHeight + (int)Math.Ceiling(EmbedSection.Width * (double)Height / Math.Max(Width, 1)) + (Type == "audio" ? AudioHeight : 0);

    /// <summary>The embedded figure's title: its caption or alt text; for an audio without either, the first words of its transcript.</summary>
    public string EmbedTitle(Func<string, string> t) =>
        Caption ?? Alt ?? (Transcript is [{ Lines: [var first, ..] }, ..] ? Content.Words.Shorten(first, 8) : Id);

    public IEmbeddable WithEmbed(EmbedView embed) => this with { Embed = embed };

    /// <summary>True for the page's lead (<see cref="LeadMedia"/>): drawn wider, and its picture loaded first rather than lazily.</summary>
    public bool Lead { get; init; }

    /// <summary>How wide the figure is drawn: the article column, at most 38rem; the lead wider; times the zoom of its <see cref="Focus"/>.</summary>
    public string Sizes => ImageRegion.ZoomSizes(Lead ? LeadMedia.Sizes : "(min-width: 40rem) 38rem, 100vw", Focus?.View.K ?? 1);

    /// <summary>In a scene: the part of the image a step zooms to; null when the image is shown whole.</summary>
    public ImageRegion? Focus { get; init; }

    /// <summary>The <see cref="Focus"/> as the CSS custom properties that zoom the image (media.css).</summary>
    public string? FocusStyle => Focus?.Style;

    public static MediaView Build(MediaItem item, ExplainerContext context)
    {
        if (item.Map is { } map)
        {
            var drawing = Draw(item, map, [null], context, string.Empty);
            return new MediaView(MediaComponent.FigurePrefix + item.Id, "map", null, null, (int)MapDrawing.Width, (int)drawing.Height, null,
                item.Caption, item.Credit ?? context.T("map_credit"), null, null, null, null, null, null)
            {
                MapSvg = new HtmlString(drawing.Svg(0)),
                MapKey = drawing.Key,
            };
        }

        context.Renditions.TryGetValue(item.Id, out var rendition);
        var basePath = context.BasePath;
        string? Local(string? file) => file is null ? null : $"{basePath}{context.Slug}/{file}";
        if (item.Audio is { } audio)
        {
            return Audio(item, audio, rendition, Local(item.Src)!, context);
        }
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

    /// <summary>An audio: its file, its poster (resized as images are), the length and transcript read at build time.</summary>
    private static MediaView Audio(MediaItem item, AudioSpec audio, MediaRendition? poster, string src, ExplainerContext context)
    {
        context.Audio.TryGetValue(item.Id, out var track);
        return new MediaView(
            MediaComponent.FigurePrefix + item.Id, "audio", src, poster?.SrcSet(context.BasePath), poster?.Width ?? 0, poster?.Height ?? 0, null,
            item.Caption, item.Credit, poster is null ? null : context.BasePath + poster.Src, null, null, null, null, null)
        {
            Length = track is null ? null : AudioLength.Text(track.Length),
            LengthIso = track is null ? null : AudioLength.Iso(track.Length),
            Transcript = track?.Transcript ?? (audio.TranscriptIsFile ? [] : Media.Audio.Transcript.FromText(audio.Transcript)),
        };
    }

    /// <summary>
    /// A map drawn for <paramref name="focuses"/> once per page (and from the build's store when it
    /// has it); a label with no room is a warning at the map's entry.
    /// </summary>
    public static MapDrawing Draw(MediaItem item, MapSpec map, IReadOnlyList<MapFocus?> focuses, ExplainerContext context, string where) =>
        context.Memo($"map {item.Id} {string.Join(" | ", focuses.Select(f => f?.Canonical()))}", () =>
        {
            var drawing = MapDrawing.Cached(context.Images, map, focuses, Texts(item, context));
            foreach (var (view, label) in drawing.Unplaced)
            {
                var at = focuses[view] is { } f ? $"{where} (focus {f.Canonical()})" : where;
                context.Warnings.Add(Diagnostic.Warning(item.Location, ErrorCodes.MapLabelHidden,
                    $"map '{item.Id}'{at}: the label '{label}' finds no room clear of the other labels, the markers and the frame, and is left out; move the places apart or widen the view"));
            }

            return drawing;
        });

    private static MapTexts Texts(MediaItem item, ExplainerContext context) => new(
        item.Caption ?? context.T("map"),
        context.T("map_distance"),
        context.T("map_places"),
        context.T("map_route"),
        context.T("map_highlight"),
        context.T("map_annexed"),
        context.T("and"),
        context.T("number_group"),
        context.Language);
}
