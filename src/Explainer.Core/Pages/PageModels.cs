using Explainer.Components;
using Explainer.Components.Media;
using Explainer.Content;
using Explainer.Site;

namespace Explainer.Pages;

/// <summary>What templates see of the site.</summary>
public sealed record SiteView(string Title, string Language, string? Description, string BasePath, string? BaseUrl);

/// <summary>What templates see of an explainer page: its metadata, the body with components in place, and what follows it.</summary>
public sealed record ExplainerView(
    string Slug,
    string Url,
    string Title,
    string? Dek,
    string Language,
    IReadOnlyList<Author> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    string? Canonical,
    IReadOnlyList<BodyItem> Body,
    IReadOnlyList<BodyItem> After,
    IReadOnlyList<Components.LinkView> Sources,
    Publishing.PageMetadata Meta,
    IReadOnlyList<EmbedSection> Sections)
{
    /// <summary>The lead's figure under the headline (the front matter's hero, <see cref="LeadMedia"/>); null without one.</summary>
    public BodyItem? Lead { get; init; }

    /// <summary>
    /// The poster of a lead video, which the page asks for first (<c>&lt;link rel="preload"&gt;</c>):
    /// it is the largest paint, and a poster is found later than an image.
    /// </summary>
    public string? LeadPoster => Lead?.Model is MediaView { Type: "video", Poster: { } poster } ? poster : null;

    /// <summary>What laying out the page noticed but did not stop for (<see cref="ExplainerContext.Warnings"/>).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Warnings { get; init; } = [];

    /// <summary>oEmbed discovery links, one per embeddable section, when the site's public URL is known.</summary>
    public IReadOnlyList<Components.LinkView> Discovery { get; init; } = [];

    /// <summary>The snippets the "Embed" controls hand out, with placeholders for each section's id, title and height (after <see cref="WithEmbedPattern"/>).</summary>
    public Embeds.EmbedSnippet? EmbedPattern { get; init; }

    /// <summary>The view with the snippets of its sections, whose URLs <paramref name="page"/> knows.</summary>
    public ExplainerView WithEmbedPattern(PageContext page) => this with
    {
        EmbedPattern = Sections.Count == 0 ? null : Embeds.EmbedSnippet.Pattern(page, this),
    };

    public static ExplainerView From(
        Article article,
        ExplainerData data,
        SiteSettings site,
        string basePath,
        Func<string, Templates.UiText> strings,
        IReadOnlyDictionary<string, MediaRendition> renditions,
        IReadOnlySet<string> templateComponents,
        Modules.ImageCache? images = null,
        IReadOnlyDictionary<string, Components.Media.Audio.AudioTrack>? audio = null)
    {
        var fm = article.FrontMatter;
        static IReadOnlyList<Components.LinkView> Sources(ExplainerData data) =>
            ComponentList.All.SelectMany(c => c.Sources(data))
                .Distinct()
                .Select(s => new Components.LinkView(s.Url ?? string.Empty, s.Title))
                .ToList();

        var language = fm.Language ?? site.Language;
        var canonical = fm.Canonical ?? (site.BaseUrl is { } b ? new Uri(b, article.Slug + "/").AbsoluteUri : null);
        var authors = fm.Authors.Count > 0 ? fm.Authors : site.Authors;
        var context = new ExplainerContext(article, data, language, strings(language), renditions, basePath)
        {
            Images = images,
            Audio = audio ?? new Dictionary<string, Components.Media.Audio.AudioTrack>(),
        };
        var body = ExplainerBody.Build(context, templateComponents);
        return new ExplainerView(
            article.Slug,
            $"{basePath}{article.Slug}/",
            fm.Title,
            fm.Dek,
            language,
            authors,
            fm.Published,
            fm.Modified,
            canonical,
            body.Items,
            body.After,
            Sources(data),
            Publishing.PageMetadata.Build(article, language, site, basePath, canonical, authors, Publishing.PreviewImage.Social(article, data, renditions)),
            body.Sections)
        {
            Lead = body.Lead,
            Warnings = context.Warnings,
            Discovery = site.BaseUrl is { } baseUrl
                ? body.Sections.Select(s => new Components.LinkView(new Uri(baseUrl, $"{article.Slug}/embed/{s.Id}/oembed.json").AbsoluteUri, s.Title)).ToList()
                : [],
        };
    }
}
