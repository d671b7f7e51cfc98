using Explainer.Components.Media.Audio;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Media;

/// <summary>
/// Figures: images (in several widths), video files with poster and captions, third-party videos
/// that load nothing until asked, audio files with their transcript and length, and maps. Each is
/// placed by <c>::: {.media #id}</c> (a figure the article does not place is not shown, unless it is
/// the front matter's hero, <see cref="LeadMedia"/>), is a section of its own
/// (<c>figure-&lt;id&gt;</c>), and a scene step can show one (<c>show: {media: id}</c>).
/// </summary>
public sealed class MediaComponent : Component<MediaItem>
{
    /// <summary>The prefix of each figure's section id.</summary>
    public const string FigurePrefix = "figure-";

    public override string Name => "media";

    public override string Key => "media";

    public override string EntryKind => "media item";

    public override string? PlacementClass => "media";

    public override bool PlacedById => true;

    public override string? SceneKey => "media";

    /// <summary>The partial that renders one of its sections, on the page and in an embed page.</summary>
    public const string Partial = "media";

    public override string? EmbedPartial => Partial;

    public override IReadOnlyList<string> Templates => ["media", "state-media"];

    public override IReadOnlyList<string> UiStrings =>
        ["captions", "transcript", "audio_length", "external_notice", "video_unlinked", "watch_at", "map", "map_credit", "map_distance", "map_places", "map_route", "map_highlight", "map_annexed", "map_key", "and", "number_group", "colon"];

    public override IReadOnlyList<string> ReservedIds => [FigurePrefix];

    protected override MediaItem? ReadEntry(YamlMap map) => MediaItem.Read(map);

    /// <summary>The front matter's hero names an entry that can lead (<see cref="LeadMedia"/>), the files a media item names exist next to explainer.yml, an audio's file is audio, and its transcript can be read.</summary>
    public override void Check(EntryCheck check)
    {
        LeadMedia.Check(check, this);
        if (check.Folder is null)
        {
            return;
        }

        foreach (var item in check.Data.Of<MediaItem>())
        {
            foreach (var file in new[] { item.Src, item.Poster, item.Captions }.OfType<string>())
            {
                if (!File.Exists(Path.Combine(check.Folder, file)))
                {
                    check.Diagnostics.Add(item.Location, ErrorCodes.FileUnreadable, $"media item '{item.Id}' names the file '{file}', which does not exist next to explainer.yml");
                }
            }

            if (item.Audio is { } audio)
            {
                AudioTracks.Read(item.Id, audio, check.Folder, check.Diagnostics);
            }
        }
    }

    public override BodyItem Place(ArticleBlock div, ExplainerContext context) => new(Name, MediaView.Build(context.Media[div.Id], context));

    public override object Show(string id, ExplainerContext context) => MediaView.Build(context.Media[id], context);

    public override IEnumerable<SourceLink> Sources(ExplainerData data) =>
        data.Of<MediaItem>().Where(m => m.Url is not null).Select(m => new SourceLink(m.Provider ?? new Uri(m.Url!).Host, m.Url));
}
