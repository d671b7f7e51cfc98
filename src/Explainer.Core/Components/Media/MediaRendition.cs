namespace Explainer.Components.Media;

/// <summary>An image written in several widths: the URLs (without base path) and the original's size.</summary>
public sealed record MediaRendition(string Src, IReadOnlyList<(int Width, string Path)> Variants, int Width, int Height)
{
    public string SrcSet(string basePath) => string.Join(", ", Variants.Select(v => $"{basePath}{v.Path} {v.Width}w"));
}
