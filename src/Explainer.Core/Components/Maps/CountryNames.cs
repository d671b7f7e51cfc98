using System.Collections.ObjectModel;

namespace Explainer.Components.Maps;

/// <summary>
/// The countries' ISO 3166-1 codes and the English and German names a newspaper map labels them with,
/// read once per process from the table built into the tool (Data/countries.tsv, which
/// Data/regenerate.sh makes from i18n-iso-countries). The numeric code is a <see cref="Country"/>'s id.
/// </summary>
public static class CountryNames
{
    private const string Resource = "Explainer.Maps.countries.tsv";

    private static readonly Lazy<Table> Shipped = new(Load);

    /// <summary>Every alpha-3 code in the table ("RUS"), in the order of the numeric codes.</summary>
    public static IReadOnlyCollection<string> Alpha3Codes => Shipped.Value.Alpha3Codes;

    /// <summary>The numeric code ("643") of upper-case alpha-3 code <paramref name="alpha3"/> ("RUS"), or null when the table has none.</summary>
    public static string? NumericOf(string alpha3) => Shipped.Value.ByAlpha3.GetValueOrDefault(alpha3)?.Numeric;

    /// <summary>
    /// The codes of the table that the shipped map data draws no area for: territories drawn as part
    /// of another country (French Guiana, Réunion … in France) or too small for 1:50m. Checking a
    /// code against this list spares reading the world's data to check a map's <c>highlight</c>;
    /// <c>CountryNamesTests</c> holds it equal to the data.
    /// </summary>
    public static readonly IReadOnlySet<string> NotInMapData = new HashSet<string>(
        ["BVT", "CXR", "CCK", "MYT", "GUF", "GIB", "GLP", "MTQ", "BES", "UMI", "REU", "SJM", "TKL", "TUV"], StringComparer.Ordinal);

    /// <summary>The alpha-3 code ("RUS") of numeric code <paramref name="numeric"/> ("643"), or null when the table has none.</summary>
    public static string? Alpha3Of(string numeric) => Shipped.Value.ByNumeric.GetValueOrDefault(numeric)?.Alpha3;

    /// <summary>
    /// The name of the country with numeric code <paramref name="numeric"/> in <paramref name="language"/>,
    /// or null when the table has none. The table has German and English: a tag such as "de-CH" counts
    /// as its primary language, and any other language gets the English name.
    /// </summary>
    public static string? Name(string numeric, string language)
    {
        if (!Shipped.Value.ByNumeric.TryGetValue(numeric, out var row))
        {
            return null;
        }

        var primary = language.Split('-')[0];
        return primary.Equals("de", StringComparison.OrdinalIgnoreCase) ? row.German : row.English;
    }

    private static Table Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The country table '{Resource}' is not built into the tool.");
        using var reader = new StreamReader(stream);
        const string header = "numeric\talpha3\ten\tde";
        if (reader.ReadLine() != header)
        {
            throw new InvalidOperationException($"The country table '{Resource}' does not start with the header '{header}'.");
        }

        var rows = new List<Row>();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split('\t');
            if (fields.Length != 4 || fields.Any(string.IsNullOrEmpty))
            {
                throw new InvalidOperationException($"Line {number} of the country table '{Resource}' does not have four fields.");
            }

            rows.Add(new Row(fields[0], fields[1], fields[2], fields[3]));
        }

        // ToDictionary throws on a code listed twice; the tests check that the shipped table has none.
        return new Table(
            rows.ToDictionary(r => r.Numeric, StringComparer.Ordinal),
            rows.ToDictionary(r => r.Alpha3, StringComparer.Ordinal),
            new ReadOnlyCollection<string>([.. rows.Select(r => r.Alpha3)]));
    }

    private sealed record Row(string Numeric, string Alpha3, string English, string German);

    private sealed record Table(Dictionary<string, Row> ByNumeric, Dictionary<string, Row> ByAlpha3, IReadOnlyCollection<string> Alpha3Codes);
}
