using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Explainer.Components;

namespace Explainer.Embeds;

/// <summary>
/// The oEmbed 1.0 response of an embeddable section (type <c>rich</c>). Its <c>html</c> is the
/// section's <see cref="EmbedSnippet.WithLink"/>: hosts that strip iframes keep the link, and
/// WordPress shows the iframe once the section reports its height.
/// </summary>
public static class OEmbedResponse
{
    /// <param name="sectionUrl">The section on the explainer page, the blockquote's link.</param>
    public static byte[] Create(
        EmbedSnippet snippet,
        string sectionUrl,
        IReadOnlyList<Content.Author> authors,
        string providerName,
        string providerUrl,
        string thumbnailUrl,
        int thumbnailWidth,
        int thumbnailHeight)
    {
        var json = new JsonObject
        {
            ["version"] = "1.0",
            ["type"] = "rich",
            ["title"] = snippet.Title,
            ["provider_name"] = providerName,
            ["provider_url"] = providerUrl,
            ["cache_age"] = 3600,
            ["thumbnail_url"] = thumbnailUrl,
            ["thumbnail_width"] = thumbnailWidth,
            ["thumbnail_height"] = thumbnailHeight,
            ["width"] = EmbedSection.Width,
            ["height"] = snippet.Height,
            ["html"] = snippet.WithLink(sectionUrl),
        };
        if (authors.Count > 0)
        {
            json["author_name"] = string.Join(", ", authors.Select(a => a.Name));
            if (authors[0].Url is { } url)
            {
                json["author_url"] = url;
            }
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString(options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }
}
