using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Pages;
using SkiaSharp;

namespace Explainer.Publishing;

/// <summary>
/// Draws the social preview image of an explainer whose hero is no image: its title on a plain
/// background, 1200×630 PNG, the size Open Graph and large-image cards expect. The index shows it
/// on the explainer's card too.
/// </summary>
public static class SocialImage
{
    /// <summary>The file name of a drawn preview image, in the explainer's folder of the site.</summary>
    public const string FileName = "social.png";

    public const int Width = 1200;
    public const int Height = 630;
    private const int Margin = 80;

    /// <summary>
    /// Draws the preview image of one explainer whose hero is no image (<see cref="PreviewImage.IsDrawn"/>);
    /// one with a hero image needs none, its largest variant is the preview. Reused while the title
    /// and the site's title are the same.
    /// </summary>
    public static void Write(Article article, string siteTitle, BuildSettings settings, ExplainerOutput output)
    {
        output.Reuse($"social {article.FrontMatter.Title}\n{siteTitle}", () =>
        {
            var title = article.FrontMatter.Title;
            var bytes = settings.GetService<ImageCache>().GetOrMake(ImageCache.Key(Drawing, title, siteTitle), "png", () => Render(title, siteTitle));
            output.Write($"{article.Slug}/{FileName}", bytes);
            return FileName;
        });
    }

    /// <summary>What a drawn image depends on besides its texts: this drawing's version, the fonts found, Skia's version.</summary>
    private static readonly string Drawing =
        $"social v2 {Width}x{Height} {SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold)?.FamilyName} skia {SkiaSharpVersion.Native}";

    public static byte[] Render(string title, string siteTitle)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF4, 0xF1, 0xE8));
        using var accent = new SKPaint { Color = new SKColor(0x0B, 0x5C, 0xAD) };
        canvas.DrawRect(0, 0, 24, Height, accent);

        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? SKTypeface.Default;
        using var text = new SKPaint { Color = new SKColor(0x1A, 0x1A, 0x1A), IsAntialias = true };
        var size = 72f;
        List<string> lines;
        SKFont font;
        while (true)
        {
            font = new SKFont(typeface, size);
            lines = Wrap(title, font, Width - (2 * Margin));
            if ((lines.Count * size * 1.2f) <= Height - 220 || size <= 40)
            {
                break;
            }

            font.Dispose();
            size -= 6;
        }

        using (font)
        {
            var y = Margin + size;
            foreach (var line in lines.Take(6))
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, font, text);
                y += size * 1.2f;
            }
        }

        using var small = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default, 34);
        using var muted = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true };
        canvas.DrawText(siteTitle, Margin, Height - Margin, SKTextAlign.Left, small, muted);

        // zlib level 6 with the Sub filter only: half the time of trying every filter (most of the
        // drawing's cost), for a file about a tenth larger.
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("The social image's surface has no pixels to read.");
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6))
            ?? throw new InvalidOperationException("Skia could not encode the social image as PNG.");
        return data.ToArray();
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
