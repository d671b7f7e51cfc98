using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Pages;
using SkiaSharp;

namespace Explainer.Components.Media;

/// <summary>
/// Writes the media files of one explainer: every image in several widths as WebP (for
/// <c>srcset</c>), the other media files (videos, posters, captions) as they are. Returns each
/// image's <see cref="MediaRendition"/> with the original's size, so pages set width and height.
/// Both are reused while their source file is unchanged (<see cref="ExplainerOutput.Reuse{T}"/>).
/// </summary>
public static class MediaFiles
{
    /// <summary>Widths written, as far as the original is wide.</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    public static IReadOnlyDictionary<string, MediaRendition> Write(string slug, ExplainerData data, BuildSettings settings, ExplainerOutput output)
    {
        var folder = Path.Combine(settings.InputFolder, slug);
        var renditions = new Dictionary<string, MediaRendition>(StringComparer.Ordinal);
        foreach (var item in data.Media)
        {
            foreach (var file in new[] { item.Type == "video" ? item.Src : null, item.Poster, item.Captions }.OfType<string>())
            {
                var path = Path.Combine(folder, file);
                output.Reuse($"copy {file} {FileStamps.Of(path)}", () =>
                {
                    output.Write($"{slug}/{file}", $"{slug}/{file}", MediaTypes.Of(file), File.ReadAllBytes(path));
                    return file;
                });
            }

            if (item.Type == "image" && item.Src is not null)
            {
                var path = Path.Combine(folder, item.Src);
                renditions.TryAdd(item.Id, output.Reuse(
                    $"image {item.Src} {FileStamps.Of(path)}",
                    () => Resize(slug, item, path, settings.DisplayPath, output)));
            }
        }

        return renditions;
    }

    private static MediaRendition Resize(string slug, MediaItem item, string path, Func<string, string> display, ExplainerOutput output)
    {
        using var original = SKBitmap.Decode(path)
            ?? throw new Diagnostics.ContentException(Diagnostics.Diagnostic.At(item.Location, Diagnostics.ErrorCodes.FileUnreadable,
                $"image '{item.Id}': '{display(path)}' is not an image this tool can read (use PNG, JPEG or WebP)"));
        var widths = Widths.Where(w => w < original.Width).Append(Math.Min(original.Width, Widths[^1])).Distinct().Order().ToList();
        var variants = new List<(int Width, string Path)>();
        var name = Path.GetFileNameWithoutExtension(item.Src!);
        foreach (var width in widths)
        {
            var height = (int)Math.Round(original.Height * (double)width / original.Width);
            using var resized = width == original.Width ? original.Copy() : original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            using var data = image.Encode(SKEncodedImageFormat.Webp, 80);
            var bytes = data.AsSpan();
            var destination = $"{slug}/media/{name}-{width}.{FingerprintAssets.Hash(bytes)}.webp";
            variants.Add((width, destination));
            output.Write($"{slug}/{item.Src}", destination, "image/webp", bytes);
        }

        var src = variants.LastOrDefault(v => v.Width <= 960, variants[0]).Path;
        return new MediaRendition(src, variants, original.Width, original.Height);
    }
}
