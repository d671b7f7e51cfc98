namespace Explainer.Components.Media;

/// <summary>An image written in several widths: the URLs (without base path) and the original's size.</summary>
public sealed record MediaRendition(string Src, IReadOnlyList<(int Width, string Path)> Variants, int Width, int Height)
{
    public string SrcSet(string basePath) => string.Join(", ", Variants.Select(v => $"{basePath}{v.Path} {v.Width}w"));

    /// <summary>The height of the variant <paramref name="width"/> pixels wide, rounded as <see cref="MediaFiles"/> resizes it.</summary>
    public int HeightAt(int width) => (int)Math.Round(Height * (double)width / Width);
}
