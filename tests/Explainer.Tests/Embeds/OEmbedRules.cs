using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Embeds;

/// <summary>
/// What oEmbed 1.0 (oembed.com, section 2.3) asks of a <c>rich</c> response, plus what this project
/// promises on top: absolute https URLs, and an <c>html</c> of a blockquote link and then the iframe,
/// in the shape WordPress keeps when it sanitises a discovered provider's HTML.
/// </summary>
public static partial class OEmbedRules
{
    private static readonly string[] Thumbnail = ["thumbnail_url", "thumbnail_width", "thumbnail_height"];

    private static readonly HashSet<string> KnownKeys =
    [
        "version", "type", "title", "author_name", "author_url", "provider_name", "provider_url", "cache_age",
        .. Thumbnail, "html", "width", "height",
    ];

    /// <summary>Every way <paramref name="root"/> breaks the rules; empty when it keeps them.</summary>
    public static IEnumerable<string> Problems(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield return "is not a JSON object";
            yield break;
        }

        foreach (var key in root.EnumerateObject().Select(p => p.Name).Where(k => !KnownKeys.Contains(k)))
        {
            yield return $"has a key oEmbed does not define: {key}";
        }

        if (String(root, "version") != "1.0")
        {
            yield return "version is not the string \"1.0\"";
        }

        if (String(root, "type") != "rich")
        {
            yield return "type is not \"rich\"";
        }

        foreach (var key in new[] { "width", "height" }.Where(k => PositiveInteger(root, k) is null))
        {
            yield return $"{key} is missing or not a positive integer (required for rich)";
        }

        var present = Thumbnail.Count(k => root.TryGetProperty(k, out _));
        if (present is not (0 or 3))
        {
            yield return "thumbnail_url, thumbnail_width and thumbnail_height must appear all together or not at all";
        }
        else if (present == 3 && (PositiveInteger(root, "thumbnail_width") is null || PositiveInteger(root, "thumbnail_height") is null))
        {
            yield return "thumbnail_width and thumbnail_height must be positive integers";
        }

        if (root.TryGetProperty("cache_age", out var age) && !(age.ValueKind == JsonValueKind.Number && age.TryGetInt32(out var seconds) && seconds >= 0))
        {
            yield return "cache_age is not a whole number of seconds";
        }

        foreach (var key in new[] { "title", "author_name", "provider_name" }.Where(k => root.TryGetProperty(k, out _) && string.IsNullOrWhiteSpace(String(root, k))))
        {
            yield return $"{key} is empty or not a string";
        }

        foreach (var key in new[] { "author_url", "provider_url", "thumbnail_url" }.Where(k => root.TryGetProperty(k, out _) && !IsAbsoluteHttps(String(root, k))))
        {
            yield return $"{key} is not an absolute https URL: {String(root, key)}";
        }

        if (String(root, "html") is not { Length: > 0 } html)
        {
            yield return "html is missing or empty (required for rich)";
            yield break;
        }

        foreach (var problem in HtmlProblems(html, PositiveInteger(root, "width"), PositiveInteger(root, "height")))
        {
            yield return "html " + problem;
        }
    }

    /// <summary>The blockquote's link and the iframe's address, once <see cref="Problems"/> found none.</summary>
    public static (string LinkHref, string IframeSrc) Parts(string html)
    {
        var body = new HtmlParser().ParseDocument("<!doctype html><body>" + html).Body!;
        return (body.QuerySelector("blockquote > a")!.GetAttribute("href")!, body.QuerySelector("iframe")!.GetAttribute("src")!);
    }

    private static IEnumerable<string> HtmlProblems(string html, int? width, int? height)
    {
        var body = new HtmlParser().ParseDocument("<!doctype html><body>" + html).Body!;
        var top = body.Children.Select(e => e.LocalName).ToList();
        if (!top.SequenceEqual(["blockquote", "iframe"]) || body.ChildNodes.Any(n => n.NodeType == AngleSharp.Dom.NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)))
        {
            yield return $"is not a blockquote followed by an iframe (it holds: {string.Join(", ", top)})";
            yield break;
        }

        // WordPress keeps (<blockquote>…</blockquote>)? and the first <iframe …></iframe>, nothing else.
        var kept = WordPressShape().Match(html);
        if (!kept.Success || kept.Groups[1].Length == 0 || kept.Groups[2].Length == 0)
        {
            yield return "does not match WordPress's (<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)";
        }

        var link = body.QuerySelector("blockquote > a[href]");
        if (link is null || string.IsNullOrWhiteSpace(link.TextContent))
        {
            yield return "has no blockquote link with text (the fallback where iframes are stripped)";
        }
        else if (!IsAbsoluteHttps(link.GetAttribute("href")))
        {
            yield return $"links to {link.GetAttribute("href")}, not an absolute https URL";
        }

        var iframe = body.QuerySelector("iframe")!;
        if (!IsAbsoluteHttps(iframe.GetAttribute("src")))
        {
            yield return $"has an iframe whose src {iframe.GetAttribute("src")} is not an absolute https URL";
        }

        if (string.IsNullOrWhiteSpace(iframe.GetAttribute("title")))
        {
            yield return "has an iframe without a title";
        }

        if (iframe.GetAttribute("width") != width?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || iframe.GetAttribute("height") != height?.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            yield return $"has an iframe of {iframe.GetAttribute("width")}x{iframe.GetAttribute("height")}, not the response's {width}x{height}";
        }

        if (iframe.GetAttribute("scrolling") == "no")
        {
            yield return "has an iframe with scrolling=\"no\": without a height message it must stay scrollable";
        }
    }

    private static string? String(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? PositiveInteger(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n > 0 ? n : null;

    private static bool IsAbsoluteHttps(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    [GeneratedRegex("(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)", RegexOptions.Singleline)]
    private static partial Regex WordPressShape();
}
