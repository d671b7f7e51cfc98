using Explainer.Content;
using Explainer.Yaml;

namespace Explainer.Components;

/// <summary>A source: a title and an optional URL.</summary>
public sealed record SourceLink(string Title, string? Url)
{
    /// <summary>Reads <c>source: {title, url}</c> or a plain <c>source: text</c>.</summary>
    public static SourceLink? Read(YamlMap map, string key = "source")
    {
        if (map.NodeOf(key) is YamlScalarNode)
        {
            var text = map.String(key);
            if (text is null)
            {
                return null;
            }

            return UrlPolicy.IsAbsoluteHttp(text) ? new SourceLink(new Uri(text).Host, text) : new SourceLink(text, null);
        }

        if (map.Map(key) is not { } source)
        {
            return null;
        }

        source.AllowOnly($"'{key}'", "title", "url");
        var title = source.String("title", required: true, where: $"'{key}'");
        var url = source.String("url");
        if (url is not null)
        {
            UrlPolicy.Check(url, source.LocationOf("url"), map.Context.Diagnostics, allowData: false);
        }

        return title is null ? null : new SourceLink(title, url);
    }
}
