using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Explainer.Content;
using Explainer.Site;
using Explainer.Templates;

namespace Explainer.Publishing;

/// <summary>
/// What search engines and social networks read from an explainer page: Open Graph, the large-image
/// card and NewsArticle JSON-LD. URLs are absolute when the site's public URL is known.
/// </summary>
public sealed record PageMetadata(
    string? Url,
    string Image,
    int ImageWidth,
    int ImageHeight,
    string ImageAlt,
    string Locale,
    string? PublishedIso,
    string? ModifiedIso,
    HtmlString JsonLd)
{
    /// <param name="preview">The preview image (<see cref="PreviewImage.Social"/>).</param>
    public static PageMetadata Build(
        Article article, string language, SiteSettings site, string basePath, string? canonical, IReadOnlyList<Author> authors, PreviewImage preview)
    {
        var fm = article.FrontMatter;
        var image = site.BaseUrl is { } b ? new Uri(b, preview.Path).AbsoluteUri : basePath + preview.Path;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = fm.Title,
            ["inLanguage"] = language,
            ["image"] = new JsonArray(image),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Title, ["url"] = site.BaseUrl?.AbsoluteUri },
            ["author"] = new JsonArray(authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a.Name, ["url"] = a.Url }).ToArray()),
        };
        if (fm.Dek is { } dek) json["description"] = dek;
        if (fm.Published is { } p) json["datePublished"] = Iso(p);
        if ((fm.Modified ?? fm.Published) is { } m) json["dateModified"] = Iso(m);
        if (canonical is not null) json["mainEntityOfPage"] = canonical;
        RemoveNulls(json);

        // The default encoder escapes <, > and &, so the JSON cannot end the script element early.
        var text = json.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
        return new PageMetadata(
            canonical,
            image,
            preview.Width,
            preview.Height,
            preview.Alt,
            Content.LanguageTag.ToOpenGraphLocale(language),
            fm.Published is { } pub ? Iso(pub) : null,
            fm.Modified is { } mod ? Iso(mod) : null,
            new HtmlString(text));
    }

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void RemoveNulls(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
            {
                obj.Remove(key);
            }

            foreach (var child in obj.Select(kv => kv.Value).OfType<JsonNode>())
            {
                RemoveNulls(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                RemoveNulls(child);
            }
        }
    }
}
