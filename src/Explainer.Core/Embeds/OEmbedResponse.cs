using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Explainer.Components;
using Explainer.Templates;

namespace Explainer.Embeds;

/// <summary>
/// The oEmbed 1.0 response of an embeddable section (type <c>rich</c>). Its <c>html</c> puts a
/// blockquote link before the iframe: hosts that strip iframes keep the link, and WordPress shows
/// the iframe once the section reports its height.
/// </summary>
public static class OEmbedResponse
{
    public static byte[] Create(
        EmbedSection section,
        string explainerTitle,
        string pageUrl,
        string embedUrl,
        IReadOnlyList<Content.Author> authors,
        string providerName,
        string providerUrl,
        string thumbnailUrl,
        int thumbnailWidth,
        int thumbnailHeight)
    {
        var title = $"{section.Title} – {explainerTitle}";
        var html =
            $"<blockquote><a href=\"{HtmlEscaper.Escape(pageUrl)}\">{HtmlEscaper.Escape(title)}</a></blockquote>" +
            $"<iframe src=\"{HtmlEscaper.Escape(embedUrl)}\" title=\"{HtmlEscaper.Escape(title)}\" width=\"{EmbedSection.Width}\" height=\"{section.Height}\" " +
            $"style=\"width:1px;min-width:100%;border:0\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";
        var json = new JsonObject
        {
            ["version"] = "1.0",
            ["type"] = "rich",
            ["title"] = title,
            ["provider_name"] = providerName,
            ["provider_url"] = providerUrl,
            ["cache_age"] = 3600,
            ["thumbnail_url"] = thumbnailUrl,
            ["thumbnail_width"] = thumbnailWidth,
            ["thumbnail_height"] = thumbnailHeight,
            ["width"] = EmbedSection.Width,
            ["height"] = section.Height,
            ["html"] = html,
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
