using System.Globalization;
using Explainer.Content;

namespace Explainer.Components.Timeline;

/// <summary>
/// Writes partial dates and date ranges the way each language writes them in running text:
/// "19. Juni 2024", "Mai 2024", "19.–20. Juli 2000"; "19 June 2024"; "1er juin 2024".
/// </summary>
public static class PartialDateText
{
    public static string Format(PartialDate date, string language)
    {
        var culture = Culture(language);
        var month = culture.DateTimeFormat.GetMonthName(date.Month);
        return date.Precision switch
        {
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => $"{month} {date.Year}",
            _ => $"{Day(date.Day, culture)} {month} {date.Year}",
        };
    }

    /// <summary>A month's name without its year, as an axis writes it between ticks that carry the year: "Juni", "June".</summary>
    public static string MonthName(int month, string language) => Culture(language).DateTimeFormat.GetMonthName(month);

    /// <summary>A day without its year: "19. Juni", "19 June", "1er juin".</summary>
    public static string DayAndMonth(DateOnly day, string language)
    {
        var culture = Culture(language);
        return $"{Day(day.Day, culture)} {culture.DateTimeFormat.GetMonthName(day.Month)}";
    }

    /// <summary>A range, sharing what the two ends share: "19.–20. Juli 2000", "Mai–Juni 2024".</summary>
    public static string Format(PartialDate start, PartialDate? end, string language)
    {
        if (end is not { } e || e == start)
        {
            return Format(start, language);
        }

        var culture = Culture(language);
        if (start.Precision == DatePrecision.Day && e.Precision == DatePrecision.Day && start.Year == e.Year && start.Month == e.Month)
        {
            return $"{Day(start.Day, culture).TrimEnd()}–{Format(e, language)}";
        }

        if (start.Precision == DatePrecision.Month && e.Precision == DatePrecision.Month && start.Year == e.Year)
        {
            return $"{culture.DateTimeFormat.GetMonthName(start.Month)}–{Format(e, language)}";
        }

        return $"{Format(start, language)} – {Format(e, language)}";
    }

    private static string Day(int day, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "de" => $"{day}.",
        "fr" when day == 1 => "1er",
        _ => day.ToString(CultureInfo.InvariantCulture),
    };

    private static CultureInfo Culture(string language) => LanguageTag.Culture(language) ?? CultureInfo.InvariantCulture;
}
