using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Components.Media;

/// <summary>
/// The lead: the media entry the front matter's <c>hero</c> names, shown large under the headline
/// with its caption and credit. It is the page's largest paint, so it must draw at once and at a
/// size known before it loads: an image (loaded first, with its width and height), a map (inline
/// SVG), or a video file with a poster (the poster loaded first). It is the figure of that entry
/// (<c>figure-&lt;id&gt;</c>, embeddable like any figure), so the article may not place it again.
/// </summary>
public static class LeadMedia
{
    /// <summary>How wide the lead is drawn: wider than the article's column on a wide screen (media.css).</summary>
    public const string Sizes = "(min-width: 64rem) 48rem, (min-width: 40rem) 38rem, 100vw";

    /// <summary>The media entry the hero names; null without a hero (or, before <see cref="Check"/>, when it names none).</summary>
    public static MediaItem? Of(Article article, ExplainerData data) =>
        article.FrontMatter.Hero is { } hero ? data.Of<MediaItem>().FirstOrDefault(m => m.Id == hero.Id) : null;

    /// <summary>The hero when it is an image, with its variants; null otherwise.</summary>
    public static (MediaItem Item, MediaRendition Rendition)? Image(Article article, ExplainerData data, IReadOnlyDictionary<string, MediaRendition> renditions) =>
        Of(article, data) is { Type: "image" } item && renditions.TryGetValue(item.Id, out var rendition) ? (item, rendition) : null;

    /// <summary>
    /// The hero names a media entry that can lead, which the article does not place as well: a
    /// figure stands once on a page, and an error says so rather than one of the two going quietly.
    /// </summary>
    public static void Check(EntryCheck check, IComponent media)
    {
        if (check.Article.FrontMatter.Hero is not { } hero
            || !check.Expect(new Reference(hero.Id, hero.Location), media.EntryKind, "the front matter's 'hero'"))
        {
            return;
        }

        var item = check.Data.Of<MediaItem>().First(m => m.Id == hero.Id);
        if (WhyNot(item) is { } why)
        {
            check.Diagnostics.Add(hero.Location, ErrorCodes.InvalidValue,
                $"the hero '{hero.Id}' {why}; a hero is an image, a map, or a video file with a poster");
        }

        foreach (var div in check.Placements(media).Where(d => d.Id == hero.Id))
        {
            check.Diagnostics.Add(check.At(div), ErrorCodes.DuplicateId,
                $"media item '{hero.Id}' is the hero, shown under the headline, and a figure stands once on a page: "
                + $"remove this '::: {{.media #{hero.Id}}}' or name another hero");
        }
    }

    /// <summary>The lead's figure, or null without a hero.</summary>
    public static MediaView? Build(ExplainerContext context) =>
        Of(context.Article, context.Data) is { } item ? MediaView.Build(item, context) with { Lead = true } : null;

    /// <summary>Why an entry cannot lead the page; null when it can.</summary>
    private static string? WhyNot(MediaItem item) => item switch
    {
        { Type: "video", Src: null } => "is a video on another site, which loads nothing until the reader asks for it",
        { Type: "video", Poster: null } => "is a video without a poster, so the page would have nothing to show before it plays",
        _ => null,
    };
}
