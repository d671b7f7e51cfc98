using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Content;

/// <summary>Checks BCP 47 language tags of the simple kind pages use: a language and an optional region.</summary>
public static partial class LanguageTag
{
    /// <summary>
    /// The cultures found so far. <see cref="CultureInfo.GetCultureInfo(string)"/> keeps its own
    /// cache behind one lock, and a build asks for the page's culture for every date it writes, on
    /// every core.
    /// </summary>
    private static readonly ConcurrentDictionary<string, CultureInfo?> Cultures = new(StringComparer.Ordinal);

    public static bool IsValid(string tag) =>
        Pattern().IsMatch(tag) && Culture(tag) is { } culture && !culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal);

    /// <summary>The read-only culture of a language tag, or null when .NET knows none by that name.</summary>
    public static CultureInfo? Culture(string tag) => Cultures.GetOrAdd(tag, static t =>
    {
        try
        {
            return CultureInfo.GetCultureInfo(t);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    });

    /// <summary>The Open Graph form of a tag: <c>de</c> becomes <c>de_DE</c>.</summary>
    public static string ToOpenGraphLocale(string tag)
    {
        var parts = tag.Split('-');
        if (parts.Length > 1)
        {
            return parts[0].ToLowerInvariant() + "_" + parts[1].ToUpperInvariant();
        }

        return parts[0].ToLowerInvariant() switch
        {
            "en" => "en_GB",
            "de" => "de_DE",
            "fr" => "fr_FR",
            var other => other + "_" + other.ToUpperInvariant(),
        };
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z]{2}|-[0-9]{3})?$")]
    private static partial Regex Pattern();
}
