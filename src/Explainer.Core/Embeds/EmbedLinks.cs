using System.Text.RegularExpressions;

namespace Explainer.Embeds;

/// <summary>
/// In an embed page, a link to a part of the explainer that the embed does not hold (an evidence
/// paragraph, a quote's annotation) leads to the full explainer instead, in a new tab.
/// </summary>
public static partial class EmbedLinks
{
    public static string PointOutside(string html, string pageUrl)
    {
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return FragmentLink().Replace(html, m => ids.Contains(m.Groups[1].Value)
            ? m.Value
            : $"href=\"{pageUrl}#{m.Groups[1].Value}\" target=\"_blank\" rel=\"noopener\"");
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex FragmentLink();
}
