using System.Text.Json;
using System.Text.Json.Nodes;

namespace Explainer.Tests.Embeds;

/// <summary>The oEmbed check itself: a good response passes, and each kind of mistake is caught.</summary>
public sealed class OEmbedRulesTests
{
    private const string Good = """
        { "version": "1.0", "type": "rich", "title": "T", "provider_name": "P", "provider_url": "https://e.org/",
          "thumbnail_url": "https://e.org/s.png", "thumbnail_width": 1200, "thumbnail_height": 630, "width": 640, "height": 400,
          "html": "<blockquote><a href=\"https://e.org/x/#timeline\">T</a></blockquote><iframe src=\"https://e.org/x/embed/timeline/\" title=\"T\" width=\"640\" height=\"400\"></iframe>" }
        """;

    [Fact]
    public void A_good_response_passes() => Assert.Empty(Check(Good));

    [Theory]
    [InlineData("version", "1", "version")]
    [InlineData("version", "\"2.0\"", "version")]
    [InlineData("type", "\"video\"", "type")]
    [InlineData("height", "\"400\"", "height")]
    [InlineData("thumbnail_height", null, "all together")]
    [InlineData("provider_url", "\"http://e.org/\"", "provider_url")]
    [InlineData("cache_age", "\"soon\"", "cache_age")]
    [InlineData("thumbnail_heigth", "630", "does not define")]
    [InlineData("html", "\"<iframe src=\\\"https://e.org/x/\\\" title=\\\"T\\\" width=\\\"640\\\" height=\\\"400\\\"></iframe><blockquote><a href=\\\"https://e.org/\\\">T</a></blockquote>\"", "blockquote followed by an iframe")]
    [InlineData("html", "\"<blockquote><a href=\\\"/x/\\\">T</a></blockquote><iframe src=\\\"https://e.org/x/\\\" title=\\\"T\\\" width=\\\"640\\\" height=\\\"400\\\"></iframe>\"", "absolute https")]
    [InlineData("html", "\"<blockquote><a href=\\\"https://e.org/\\\">T</a></blockquote><iframe src=\\\"https://e.org/x/\\\" width=\\\"640\\\" height=\\\"400\\\"></iframe>\"", "without a title")]
    [InlineData("html", "\"<blockquote><a href=\\\"https://e.org/\\\">T</a></blockquote><iframe src=\\\"https://e.org/x/\\\" title=\\\"T\\\" width=\\\"640\\\" height=\\\"900\\\"></iframe>\"", "not the response's")]
    [InlineData("html", "\"<blockquote><a href=\\\"https://e.org/\\\">T</a></blockquote><iframe src=\\\"https://e.org/x/\\\" title=\\\"T\\\" width=\\\"640\\\" height=\\\"400\\\" scrolling=\\\"no\\\"></iframe>\"", "scrollable")]
    public void A_mistake_is_named(string key, string? value, string expected)
    {
        var json = JsonNode.Parse(Good)!.AsObject();
        if (value is null)
        {
            json.Remove(key);
        }
        else
        {
            json[key] = JsonNode.Parse(value);
        }

        Assert.Contains(Check(json.ToJsonString()), p => p.Contains(expected, StringComparison.Ordinal));
    }

    private static List<string> Check(string text)
    {
        using var json = JsonDocument.Parse(text);
        return OEmbedRules.Problems(json.RootElement).ToList();
    }
}
