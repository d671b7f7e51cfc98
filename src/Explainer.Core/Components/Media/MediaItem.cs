using Explainer.Components.Maps;
using Explainer.Components.Media.Audio;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Media;

/// <summary>
/// An image, a video, an audio or a map. Images need alt text. A video is a file (with poster and
/// captions) or a third-party URL that is loaded only when the reader asks for it. An audio is a
/// file with a transcript (<see cref="AudioSpec"/>). A map is drawn by the tool (<see cref="MapSpec"/>).
/// </summary>
public sealed record MediaItem(
    string Id,
    string Type,
    string? Src,
    string? Alt,
    string? Caption,
    string? Credit,
    string? Poster,
    string? Captions,
    string? Url,
    string? Provider,
    SourceLocation Location) : IEntry
{
    public static readonly string[] Keys = ["id", "type", "src", "alt", "caption", "credit", "poster", "captions", "url", "provider", .. AudioSpec.Keys, .. MapSpec.Keys];
    public static readonly string[] Types = ["image", "video", "audio", "map"];

    /// <summary>What a <c>type: map</c> draws; null for other types.</summary>
    public MapSpec? Map { get; init; }

    /// <summary>A <c>type: audio</c>'s transcript and where its files are named; null for other types, and for an audio with errors.</summary>
    public AudioSpec? Audio { get; init; }

    public static MediaItem? Read(YamlMap map)
    {
        map.AllowOnly("a media item", Keys);
        var id = EntryIds.Read(map, "a media item");
        var type = map.String("type", required: true, where: $"media item '{id}'");
        if (type is not null && !Types.Contains(type))
        {
            map.Context.Error(map.NodeOf("type")!, ErrorCodes.InvalidValue, $"the type of media item '{id}' must be image, video, audio or map, not '{type}'");
            type = null;
        }

        var src = FilePath(map, "src");
        var alt = map.String("alt");
        var url = map.String("url");
        if (url is not null && !UrlPolicy.IsAbsoluteHttp(url))
        {
            map.Context.Error(map.NodeOf("url")!, ErrorCodes.UnsafeUrl, $"the url of media item '{id}' must be an absolute http or https URL, not '{url}'");
            url = null;
        }

        if (type == "image")
        {
            if (src is null)
            {
                map.String("src", required: true, where: $"image '{id}'");
            }

            if (string.IsNullOrWhiteSpace(alt))
            {
                map.Context.Error(map.NodeOf("alt") ?? map.Node, ErrorCodes.MissingField,
                    $"image '{id}' needs 'alt': describe the image for readers who cannot see it");
            }
        }

        MapSpec? mapSpec = null;
        if (type == "map")
        {
            foreach (var key in new[] { "src", "alt", "poster", "captions", "url", "provider" }.Where(map.Has))
            {
                map.Context.Error(map.NodeOf(key)!, ErrorCodes.InvalidValue,
                    $"map '{id}' is drawn by the tool from its places: it takes no '{key}' (its description is written from the places and routes)");
            }

            mapSpec = MapSpec.Read(map, id ?? "?");
            (src, url) = (null, null); // reported above; no file to look for
        }
        else if (type is not null)
        {
            foreach (var key in MapSpec.Keys.Where(map.Has))
            {
                map.Context.Error(map.NodeOf(key)!, ErrorCodes.UnknownKey, $"'{key}' belongs to a map; media item '{id}' is of type {type}");
            }
        }

        AudioSpec? audio = null;
        if (type == "audio")
        {
            audio = AudioSpec.Read(map, id ?? "?", src);
            (alt, url) = (null, null); // reported by AudioSpec when given
        }
        else if (type is not null && map.Has("transcript"))
        {
            map.Context.Error(map.NodeOf("transcript")!, ErrorCodes.UnknownKey, $"'transcript' belongs to an audio; media item '{id}' is of type {type}");
        }

        // A video with neither src nor url is a reference not yet linked (the importer drafts such
        // entries); the page shows its caption and says that the video is not linked.

        // A map or an audio with errors stays an entry (without its map or audio), so that placing it is no error as well.
        var hasFiles = type is "image" or "video";
        return id is null || type is null
            ? null
            : new MediaItem(id, type, src, alt, map.String("caption"), map.String("credit"), type == "map" ? null : FilePath(map, "poster"), hasFiles ? FilePath(map, "captions") : null,
                url, hasFiles ? map.String("provider") : null, map.Location) { Map = mapSpec, Audio = audio };
    }

    /// <summary>A file next to explainer.yml; it may not leave the input folder.</summary>
    internal static string? FilePath(YamlMap map, string key)
    {
        var value = map.String(key);
        if (value is null)
        {
            return null;
        }

        if (UrlPolicy.IsAbsoluteHttp(value) || value.Contains(':', StringComparison.Ordinal))
        {
            map.Context.Error(map.NodeOf(key)!, ErrorCodes.UnsafeUrl, $"'{key}' must be a file path next to explainer.yml, such as media/bild.jpg, not '{value}'");
            return null;
        }

        return UrlPolicy.Check(value, map.LocationOf(key), map.Context.Diagnostics, allowData: false) ? value : null;
    }
}
