using SkiaSharp;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// A third explainer for the site under test: a scene whose steps zoom into parts of a picture made
/// here (four coloured quarters, a white disc in the lower right one), as the seed ships no picture.
/// </summary>
public static class ImageFocusExplainer
{
    public const string Slug = "bild-fokus";

    public const string Path = SiteUnderTest.BasePath + Slug + "/";

    public static void AddTo(string input)
    {
        var folder = System.IO.Path.Combine(input, Slug);
        Directory.CreateDirectory(System.IO.Path.Combine(folder, "media"));
        File.WriteAllBytes(System.IO.Path.Combine(folder, "media", "tafel.png"), Png());
        File.WriteAllText(System.IO.Path.Combine(folder, "article.md"), """
            ---
            title: Ein Bild, Schritt für Schritt
            dek: Eine Szene, die in ein Bild hineinzoomt.
            published: 2024-06-02T12:00:00+02:00
            ---

            Ein Absatz vor der Szene.

            ::: {.scene #ins-bild}

            Zuerst das ganze Bild mit seinen vier Feldern. {#p-ganz}

            Dann das untere rechte Feld mit seinem weißen Kreis. {#p-kreis}

            Zuletzt die obere linke Ecke. {#p-ecke}

            :::

            Ein Absatz nach der Szene.
            """);
        File.WriteAllText(System.IO.Path.Combine(folder, "explainer.yml"), """
            media:
              - {id: tafel, type: image, src: media/tafel.png, alt: Vier farbige Felder; im unteren rechten ein weißer Kreis., caption: Eine Tafel aus vier Feldern.}
            scenes:
              - id: ins-bild
                title: Ins Bild hinein
                steps:
                  - {block: p-ganz, show: {media: tafel}}
                  - {block: p-kreis, show: {media: tafel, focus: [60, 60, 30, 30]}}
                  - {block: p-ecke, show: {media: tafel, focus: [0, 0, 20, 20]}}
            """);
    }

    /// <summary>A 1600 × 900 PNG: red, green, blue and yellow quarters, a white disc at (75 %, 75 %).</summary>
    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(1600, 900);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint();
            (SKColor Colour, SKRect Rect)[] quarters =
            [
                (new SKColor(0xC6, 0x28, 0x28), new SKRect(0, 0, 800, 450)), (new SKColor(0x2E, 0x7D, 0x32), new SKRect(800, 0, 1600, 450)),
                (new SKColor(0x15, 0x65, 0xC0), new SKRect(0, 450, 800, 900)), (new SKColor(0xF9, 0xA8, 0x25), new SKRect(800, 450, 1600, 900)),
            ];
            foreach (var (colour, rect) in quarters)
            {
                paint.Color = colour;
                canvas.DrawRect(rect, paint);
            }

            paint.Color = SKColors.White;
            canvas.DrawCircle(1200, 675, 90, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
