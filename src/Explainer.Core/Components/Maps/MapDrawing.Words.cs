using System.Globalization;
using System.Text;

namespace Explainer.Components.Maps;

/// <summary>The words a map writes, in the article's language.</summary>
/// <param name="Title">The SVG's title: the caption, or the word for a map.</param>
/// <param name="Distance">A distance, with <c>{0}</c> for the rounded kilometres: "rund {0} km".</param>
/// <param name="Places">The description's list of places, with <c>{0}</c>: "Karte mit {0}."</param>
/// <param name="Route">The description of a route: "{0} – {1}: {2}."</param>
/// <param name="Highlighted">The description's focus countries: "Hervorgehoben: {0}."</param>
/// <param name="Annexed">The key's entry for an annexed area: "{0}, von {1} annektiert".</param>
/// <param name="And">The word before the last item of a list.</param>
/// <param name="Thousands">The thousands separator.</param>
/// <param name="Language">The language of country names.</param>
public sealed record MapTexts(string Title, string Distance, string Places, string Route, string Highlighted, string Annexed, string And, string Thousands, string Language)
{
    public string Canonical() => string.Join("\n", Title, Distance, Places, Route, Highlighted, Annexed, And, Thousands, Language);
}

/// <summary>What a map says in words: the distances of its routes and its description.</summary>
public sealed partial class MapDrawing
{
    /// <summary>The great-circle distance of a route, rounded as a newspaper would: to 100 km above 1000 km, to 10 above 100.</summary>
    public static string Distance(MapSpec spec, MapRoute route, MapTexts texts)
    {
        var km = spec.Place(route.From)!.Point.DistanceKm(spec.Place(route.To)!.Point);
        var step = km >= 1000 ? 100 : km >= 100 ? 10 : 1;
        var rounded = Math.Round(km / step, MidpointRounding.AwayFromZero) * step;
        return string.Format(CultureInfo.InvariantCulture, texts.Distance, Thousands(rounded, texts.Thousands));
    }

    private static string Describe(MapSpec spec, MapTexts texts)
    {
        var parts = new List<string> { string.Format(CultureInfo.InvariantCulture, texts.Places, List(spec.Places.Select(p => p.Name), texts.And)) };
        foreach (var route in spec.Routes)
        {
            var distance = route.Label is null or MapRoute.AutoLabel ? Distance(spec, route, texts) : route.Label;
            parts.Add(string.Format(CultureInfo.InvariantCulture, texts.Route, spec.Place(route.From)!.Name, spec.Place(route.To)!.Name, distance));
        }

        if (spec.Highlight.Count > 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, texts.Highlighted,
                List(spec.Highlight.Select(h => CountryNames.Name(h.Numeric, texts.Language) ?? h.Code), texts.And)));
        }

        return string.Join(" ", parts);
    }

    private static string List(IEnumerable<string> items, string and)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {and} {list[^1]}";
    }

    private static string Thousands(double value, string separator)
    {
        var digits = ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(separator);
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }
}
