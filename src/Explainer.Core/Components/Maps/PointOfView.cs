namespace Explainer.Components.Maps;

/// <summary>
/// Where the maps depart from Natural Earth 4.1, which draws borders as they are held on the ground.
/// A German newsroom's map follows international law as the German government recognises it:
/// Crimea is drawn as part of Ukraine and marked as annexed by Russia (hatched, with a key entry).
/// Other disputed areas are drawn as Natural Earth draws them: as held on the ground.
/// </summary>
public static class PointOfView
{
    /// <summary>A point of Crimea: the polygon of Russia's shape that holds it is Crimea.</summary>
    public static readonly GeoPoint Simferopol = new(44.9521, 34.1024);

    public const string Russia = "643";
    public const string Ukraine = "804";

    /// <summary>Natural Earth's world with Crimea moved from Russia to Ukraine and listed as annexed.</summary>
    public static Topology Apply(Topology naturalEarth)
    {
        var russia = naturalEarth.Country(Russia) ?? throw new InvalidOperationException("The map data has no Russia.");
        var ukraine = naturalEarth.Country(Ukraine) ?? throw new InvalidOperationException("The map data has no Ukraine.");
        var crimea = russia.Polygons.Single(p => naturalEarth.Contains(russia with { Polygons = [p] }, Simferopol));
        var countries = naturalEarth.Countries.Select(c =>
            c.Id == Russia ? c with { Polygons = [.. c.Polygons.Where(p => p != crimea)] }
            : c.Id == Ukraine ? c with { Polygons = [.. c.Polygons, crimea] }
            : c).ToList();
        return naturalEarth.With(countries, [new AnnexedArea(new Dictionary<string, string>(StringComparer.Ordinal) { ["de"] = "Krim", ["en"] = "Crimea" }, Ukraine, Russia, crimea)]);
    }
}

/// <summary>An area drawn as part of country <paramref name="Of"/> and marked as annexed by country <paramref name="By"/> (ISO 3166-1 numeric codes).</summary>
public sealed record AnnexedArea(IReadOnlyDictionary<string, string> Names, string Of, string By, IReadOnlyList<int[]> Polygon)
{
    /// <summary>The area's name in the language (its primary subtag), else in English.</summary>
    public string Name(string language) => Names.TryGetValue(language.Split('-')[0], out var name) ? name : Names["en"];
}
