using System.Globalization;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Content;

/// <summary>An author of an article or of the site.</summary>
public sealed record Author(string Name, string? Url);

/// <summary>
/// The front matter's <c>hero</c>: the id of the media entry of explainer.yml that leads the page
/// (an image, a map, or a video with a poster), and where it is written. What it names is checked
/// with the explainer's data (<c>Components.Media.LeadMedia</c>).
/// </summary>
public sealed record HeroReference(string Id, SourceLocation Location);

/// <summary>The front matter of an article.md.</summary>
public sealed record ArticleFrontMatter(
    string Title,
    string? Dek,
    IReadOnlyList<Author> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    string? Language,
    string? Canonical,
    HeroReference? Hero)
{
    public static readonly string[] Keys = ["title", "dek", "authors", "published", "modified", "language", "canonical", "hero"];

    /// <summary>Reads the front matter mapping; every problem is reported, and null returned when it is unusable.</summary>
    public static ArticleFrontMatter? Read(YamlMap map)
    {
        map.AllowOnly("the front matter", Keys);
        var title = map.String("title", required: true, where: "the front matter");
        var dek = map.String("dek");
        var authors = ReadAuthors(map, "authors");
        var published = ReadDate(map, "published");
        var modified = ReadDate(map, "modified");
        var language = ReadLanguage(map, "language");
        var canonical = map.String("canonical");
        if (canonical is not null && !UrlPolicy.IsAbsoluteHttp(canonical))
        {
            map.Context.Error(map.NodeOf("canonical")!, ErrorCodes.UnsafeUrl, $"'canonical' must be an absolute http or https URL, not '{canonical}'");
        }

        var hero = ReadHero(map);
        return title is null ? null : new ArticleFrontMatter(title, dek, authors, published, modified, language, canonical, hero);
    }

    /// <summary>
    /// The media id <c>hero</c> names. The mapping the front matter once took (<c>{src, alt, caption,
    /// credit}</c>) is an error that says how to write it now: one form, the media entry's id, so that
    /// a hero has one description, one set of variants and one place its errors are reported.
    /// </summary>
    private static HeroReference? ReadHero(YamlMap map)
    {
        if (map.NodeOf("hero") is YamlMappingNode old)
        {
            map.Context.Error(old, ErrorCodes.WrongType,
                "'hero' names a media entry of explainer.yml by its id, such as 'hero: titelbild', not a mapping: list the image under 'media:' "
                + "in explainer.yml (id, type: image, src, alt, caption, credit) and write its id here");
            return null;
        }

        return map.String("hero") is { Length: > 0 } id ? new HeroReference(id, map.LocationOf("hero")) : null;
    }

    /// <summary>Authors as plain names or as mappings with name and url.</summary>
    public static IReadOnlyList<Author> ReadAuthors(YamlMap map, string key)
    {
        var result = new List<Author>();
        if (map.NodeOf(key) is YamlScalarNode)
        {
            return map.String(key) is { Length: > 0 } single ? [new Author(single, null)] : [];
        }

        foreach (var node in map.Sequence(key))
        {
            switch (node)
            {
                case YamlScalarNode { Value: { Length: > 0 } name }:
                    result.Add(new Author(name, null));
                    break;
                case YamlMappingNode m:
                    var author = new YamlMap(m, map.Context);
                    author.AllowOnly("an author", "name", "url");
                    var authorName = author.String("name", required: true, where: "an author");
                    var url = author.String("url");
                    if (url is not null)
                    {
                        UrlPolicy.Check(url, author.LocationOf("url"), map.Context.Diagnostics, allowData: false);
                    }

                    if (authorName is not null)
                    {
                        result.Add(new Author(authorName, url));
                    }

                    break;
                default:
                    map.Context.Error(node, ErrorCodes.WrongType, $"each author must be a name or a mapping with 'name' and 'url'");
                    break;
            }
        }

        return result;
    }

    /// <summary>A date and time with its time zone, such as <c>2024-06-19T12:00:00+02:00</c>.</summary>
    public static DateTimeOffset? ReadDate(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'"];
        if (DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        map.Context.Error(map.NodeOf(key)!, ErrorCodes.InvalidDate,
            $"'{key}' must be a date and time with its time zone, like 2024-06-19T12:00:00+02:00, not '{text}'");
        return null;
    }

    /// <summary>A BCP 47 language tag such as <c>de</c> or <c>en-GB</c>.</summary>
    public static string? ReadLanguage(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        if (LanguageTag.IsValid(text))
        {
            return text;
        }

        map.Context.Error(map.NodeOf(key)!, ErrorCodes.InvalidLanguage, $"'{key}' must be a language tag such as de, en or fr-CH, not '{text}'");
        return null;
    }
}
