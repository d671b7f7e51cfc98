using System.Globalization;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Content;

/// <summary>An author of an article or of the site.</summary>
public sealed record Author(string Name, string? Url);

/// <summary>The hero image named in the front matter.</summary>
public sealed record HeroImage(string Src, string Alt, string? Caption, string? Credit);

/// <summary>The front matter of an article.md.</summary>
public sealed record ArticleFrontMatter(
    string Title,
    string? Dek,
    IReadOnlyList<Author> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    string? Language,
    string? Canonical,
    HeroImage? Hero)
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

        HeroImage? hero = null;
        if (map.Map("hero") is { } h)
        {
            h.AllowOnly("'hero'", "src", "alt", "caption", "credit");
            var src = h.String("src", required: true, where: "'hero'");
            var alt = h.String("alt", required: true, where: "'hero' (describe the image for readers who cannot see it)");
            if (src is not null)
            {
                UrlPolicy.Check(src, h.LocationOf("src"), map.Context.Diagnostics, allowData: false);
            }

            if (src is not null && alt is not null)
            {
                hero = new HeroImage(src, alt, h.String("caption"), h.String("credit"));
            }
        }

        return title is null ? null : new ArticleFrontMatter(title, dek, authors, published, modified, language, canonical, hero);
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
