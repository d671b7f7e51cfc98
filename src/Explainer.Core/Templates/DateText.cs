using System.Globalization;
using Explainer.Content;

namespace Explainer.Templates;

/// <summary>Formats dates the way each language writes them in running text.</summary>
public static class DateText
{
    public static string Long(DateTimeOffset date, string language)
    {
        var culture = LanguageTag.Culture(language) ?? CultureInfo.GetCultureInfo(language);
        var pattern = culture.TwoLetterISOLanguageName switch
        {
            "de" => "d. MMMM yyyy",
            "fr" => "d MMMM yyyy",
            "en" => "d MMMM yyyy",
            _ => culture.DateTimeFormat.LongDatePattern,
        };
        return date.ToString(pattern, culture);
    }
}
