using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;
using SkiaSharp;

namespace Explainer.Components.Media;

/// <summary>
/// Writes every image of every explainer in several widths as WebP (for <c>srcset</c>), and copies
/// the other media files (videos, posters, captions) as they are. Each image document carries a
/// <see cref="MediaRendition"/> with the original's size, so pages set width and height.
/// </summary>
public sealed class ResizeImages : IModule
{
    public const string RenditionKey = "media.rendition";
    public const string SlugKey = "media.slug";
    public const string IdKey = "media.id";

    /// <summary>Widths written, as far as the original is wide.</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var work = new List<(string Slug, MediaItem Item)>();
        foreach (var article in context.OutputsOf(SitePipelines.Content))
        {
            var slug = article.Get<Article>(ParseArticles.Key).Slug;
            work.AddRange(article.Get<ExplainerData>(ParseArticles.DataKey).Media.Select(m => (slug, m)));
        }

        var results = new IReadOnlyList<Document>[work.Count];
        await Parallel.ForAsync(0, work.Count, context.ParallelOptions(), async (i, ct) =>
        {
            var (slug, item) = work[i];
            var folder = Path.Combine(context.Settings.InputFolder, slug);
            var documents = new List<Document>();
            foreach (var file in new[] { item.Type == "video" ? item.Src : null, item.Poster, item.Captions }.OfType<string>())
            {
                var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, file), ct).ConfigureAwait(false);
                documents.Add(Document.Create($"{slug}/{file}", $"{slug}/{file}", MediaTypes.Of(file), bytes));
            }

            if (item.Type == "image" && item.Src is not null)
            {
                documents.AddRange(Resize(slug, item, Path.Combine(folder, item.Src), context.Settings.DisplayPath));
            }

            results[i] = documents;
        }).ConfigureAwait(false);
        return results.SelectMany(r => r).ToList();
    }

    private static IEnumerable<Document> Resize(string slug, MediaItem item, string path, Func<string, string> display)
    {
        using var original = SKBitmap.Decode(path)
            ?? throw new Diagnostics.ContentException(Diagnostics.Diagnostic.At(item.Location, Diagnostics.ErrorCodes.FileUnreadable,
                $"image '{item.Id}': '{display(path)}' is not an image this tool can read (use PNG, JPEG or WebP)"));
        var widths = Widths.Where(w => w < original.Width).Append(Math.Min(original.Width, Widths[^1])).Distinct().Order().ToList();
        var variants = new List<(int Width, string Path)>();
        var documents = new List<Document>();
        var name = Path.GetFileNameWithoutExtension(item.Src!);
        foreach (var width in widths)
        {
            var height = (int)Math.Round(original.Height * (double)width / original.Width);
            using var resized = width == original.Width ? original.Copy() : original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            using var data = image.Encode(SKEncodedImageFormat.Webp, 80);
            var bytes = data.ToArray();
            var destination = $"{slug}/media/{name}-{width}.{FingerprintAssets.Hash(bytes)}.webp";
            variants.Add((width, destination));
            documents.Add(Document.Create($"{slug}/{item.Src}", destination, "image/webp", bytes));
        }

        var src = variants.LastOrDefault(v => v.Width <= 960, variants[0]).Path;
        var rendition = new MediaRendition(src, variants, original.Width, original.Height);
        return documents.Select(d => d.WithMetadata(SlugKey, slug).WithMetadata(IdKey, item.Id).WithMetadata(RenditionKey, rendition));
    }
}
