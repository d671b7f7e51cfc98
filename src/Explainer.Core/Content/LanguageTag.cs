using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Content;

/// <summary>Checks BCP 47 language tags of the simple kind pages use: a language and an optional region.</summary>
public static partial class LanguageTag
{
    public static bool IsValid(string tag)
    {
        if (!Pattern().IsMatch(tag))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(tag).EnglishName.StartsWith("Unknown", StringComparison.Ordinal);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

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
