using SkiaSharp;

namespace Explainer.Tests.Support;

/// <summary>
/// An image for a copy of the seed explainer, which ships none (its one picture is a map the tool
/// draws): a PNG made at test time, a media entry for it and its place in the article. Tests of
/// image encoding, the image cache or the media folder give their copy this image.
/// </summary>
public static class SeedImage
{
    public const string Slug = "putin-nordkorea";

    /// <summary>The media entry's id; the section is <c>figure-bild</c>.</summary>
    public const string Id = "bild";

    /// <summary>The source, relative to the explainer's folder; its WebP variants are <c>media/bild-{width}.{hash}.webp</c>.</summary>
    public const string Src = "media/bild.png";

    /// <summary>Wider than two of <see cref="Explainer.Components.Media.MediaFiles.Widths"/>: three variants, 480, 960 and 1000.</summary>
    public const int Width = 1000;

    public const int Height = 600;

    /// <summary>
    /// Adds the image to the seed explainer of <paramref name="input"/>, a copy of input/: writes the
    /// PNG, lists it first under <c>media:</c> and places it after the article's first paragraph.
    /// Returns the PNG's full path.
    /// </summary>
    public static string AddTo(string input)
    {
        var folder = Path.Combine(input, Slug);
        var png = Path.Combine(folder, Src);
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        File.WriteAllBytes(png, Png());

        TextFile.Replace(
            Path.Combine(folder, "explainer.yml"),
            "\nmedia:\n",
            $"\nmedia:\n  - {{id: {Id}, type: image, src: {Src}, alt: Ein oranger Kreis auf blauem Grund., caption: Ein Bild für die Tests.}}\n");

        var article = Path.Combine(folder, "article.md");
        var text = File.ReadAllText(article);
        var frontMatterEnd = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        Assert.True(text.StartsWith("---\n", StringComparison.Ordinal) && frontMatterEnd > 0, $"no front matter in {article}");
        var firstParagraph = frontMatterEnd + "\n---\n".Length;
        while (text[firstParagraph] == '\n')
        {
            firstParagraph++;
        }

        var firstParagraphEnd = text.IndexOf("\n\n", firstParagraph, StringComparison.Ordinal);
        File.WriteAllText(article, text.Insert(firstParagraphEnd, $"\n\n::: {{.media #{Id}}}\n:::"));
        return png;
    }

    /// <summary>A <see cref="Width"/> by <see cref="Height"/> PNG: an orange circle on blue, the same bytes every time.</summary>
    public static byte[] Png()
    {
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(0xE0, 0x7A, 0x1F), IsAntialias = true })
        {
            canvas.Clear(new SKColor(0x1D, 0x3B, 0x5A));
            canvas.DrawCircle(Width / 2f, Height / 2f, Height / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
