using Explainer.Components;
using Explainer.Components.Media;
using Explainer.Content;

namespace Explainer.Publishing;

/// <summary>
/// A picture that stands for an explainer elsewhere: in a social network's preview (<see cref="Social"/>)
/// or on its card in the site's index (<see cref="Card"/>). It is the hero when the hero is an image,
/// else the title image the build draws (<see cref="SocialImage"/>).
/// </summary>
/// <param name="Path">The file, relative to the site's root: <c>slug/media/bild-1600.&lt;hash&gt;.webp</c>, <c>slug/social.png</c>.</param>
public sealed record PreviewImage(string Path, int Width, int Height, string Alt)
{
    /// <summary>The preview for <c>og:image</c>: the hero image's largest variant, or the drawn image.</summary>
    public static PreviewImage Social(Article article, ExplainerData data, IReadOnlyDictionary<string, MediaRendition> renditions) =>
        From(article, data, renditions, variants => variants[^1]);

    /// <summary>The picture of the index card: the hero image's smallest variant, or the drawn image.</summary>
    public static PreviewImage Card(Article article, ExplainerData data, IReadOnlyDictionary<string, MediaRendition> renditions) =>
        From(article, data, renditions, variants => variants[0]);

    /// <summary>True when the explainer has no hero image, so the build draws its preview (<see cref="SocialImage"/>).</summary>
    public static bool IsDrawn(Article article, ExplainerData data, IReadOnlyDictionary<string, MediaRendition> renditions) =>
        LeadMedia.Image(article, data, renditions) is null;

    private static PreviewImage From(
        Article article, ExplainerData data, IReadOnlyDictionary<string, MediaRendition> renditions, Func<IReadOnlyList<(int Width, string Path)>, (int Width, string Path)> pick)
    {
        if (LeadMedia.Image(article, data, renditions) is not { } lead)
        {
            return new PreviewImage($"{article.Slug}/{SocialImage.FileName}", SocialImage.Width, SocialImage.Height, article.FrontMatter.Title);
        }

        var (width, path) = pick(lead.Rendition.Variants);
        return new PreviewImage(path, width, lead.Rendition.HeightAt(width), lead.Item.Alt ?? article.FrontMatter.Title);
    }
}
