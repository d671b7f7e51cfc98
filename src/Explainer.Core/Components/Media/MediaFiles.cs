using System.Buffers;
using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Pages;
using SkiaSharp;

namespace Explainer.Components.Media;

/// <summary>
/// Writes the media files of one explainer: every image (and every audio's poster) in several
/// widths as WebP (for <c>srcset</c>), the other media files (videos and their posters and
/// captions, audio files) as they are. Returns each image's <see cref="MediaRendition"/> with the
/// original's size, so pages set width and height.
/// Encoded variants are made once per source image (<see cref="ImageCache"/>); in <c>explainer serve</c>
/// an unchanged image of a changed explainer is not even read (<see cref="ExplainerOutput.Reuse{T}"/>).
/// </summary>
public static class MediaFiles
{
    /// <summary>Widths written, as far as the original is wide.</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    public static IReadOnlyDictionary<string, MediaRendition> Write(string slug, ExplainerData data, BuildSettings settings, ExplainerOutput output)
    {
        var images = settings.GetService<ImageCache>();
        var folder = Path.Combine(settings.InputFolder, slug);
        var renditions = new Dictionary<string, MediaRendition>(StringComparer.Ordinal);
        foreach (var item in data.Of<MediaItem>())
        {
            // An audio's poster is resized below, as an image is; the transcript is printed in the page.
            var copied = new[] { item.Type is "video" or "audio" ? item.Src : null, item.Type == "audio" ? null : item.Poster, item.Captions };
            foreach (var file in copied.OfType<string>())
            {
                var path = Path.Combine(folder, file);
                output.Reuse($"copy {file} {FileStamps.Of(path)}", () =>
                {
                    output.Write($"{slug}/{file}", File.ReadAllBytes(path));
                    return file;
                });
            }

            if ((item.Type == "image" ? item.Src : item.Type == "audio" ? item.Poster : null) is { } image)
            {
                var path = Path.Combine(folder, image);
                renditions.TryAdd(item.Id, output.Reuse(
                    $"image {image} {FileStamps.Of(path)}",
                    () => Resize(slug, item, image, path, settings.DisplayPath, output, images)));
            }
        }

        return renditions;
    }

    /// <summary>What else an encoded variant depends on besides its source and width: encoder, quality, sampling, Skia's version.</summary>
    private static readonly string Encoder = $"webp q80 mitchell skia {SkiaSharpVersion.Native}";

    private static MediaRendition Resize(string slug, MediaItem item, string image, string path, Func<string, string> display, ExplainerOutput output, ImageCache images)
    {
        // The source is read into a pooled buffer: it is only hashed when its variants are in the
        // cache, and an array of its own (a photo is above the large-object threshold) for every
        // explainer would make the collector sweep the whole heap every few explainers.
        using var file = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(file));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            for (var read = 0; read < length;)
            {
                var count = RandomAccess.Read(file, buffer.AsSpan(read, length - read), read);
                read += count > 0 ? count : throw new IOException($"'{display(path)}' ended early");
            }

            return Resize(slug, item, image, path, buffer.AsMemory(0, length), display, output, images);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static MediaRendition Resize(
        string slug, MediaItem item, string image, string path, ReadOnlyMemory<byte> source, Func<string, string> display, ExplainerOutput output, ImageCache images)
    {
        var info = SKBitmap.DecodeBounds(source.Span);
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new Diagnostics.ContentException(Diagnostics.Diagnostic.At(item.Location, Diagnostics.ErrorCodes.FileUnreadable,
                $"{(item.Type == "audio" ? "the poster of audio" : "image")} '{item.Id}': '{display(path)}' is not an image this tool can read (use PNG, JPEG or WebP)"));
        }

        var sourceHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(source.Span));
        var widths = Widths.Where(w => w < info.Width).Append(Math.Min(info.Width, Widths[^1])).Distinct().Order().ToList();
        var variants = new List<(int Width, string Path)>();
        var name = Path.GetFileNameWithoutExtension(image);
        SKBitmap? original = null;
        try
        {
            foreach (var width in widths)
            {
                var bytes = images.GetOrMake(ImageCache.Key(Encoder, sourceHash, width.ToString(System.Globalization.CultureInfo.InvariantCulture)), "webp", () =>
                {
                    original ??= SKBitmap.Decode(source.Span);
                    var height = (int)Math.Round(original.Height * (double)width / original.Width);
                    using var resized = width == original.Width ? original.Copy() : original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
                    using var image = SKImage.FromBitmap(resized);
                    using var data = image.Encode(SKEncodedImageFormat.Webp, 80);
                    return data.ToArray();
                });
                var destination = $"{slug}/media/{name}-{width}.{FingerprintAssets.Hash(bytes)}.webp";
                variants.Add((width, destination));
                output.Write(destination, bytes);
            }
        }
        finally
        {
            original?.Dispose();
        }

        var src = variants.LastOrDefault(v => v.Width <= 960, variants[0]).Path;
        return new MediaRendition(src, variants, info.Width, info.Height);
    }
}
