using System.Globalization;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Maps;

/// <summary>
/// What a media entry of <c>type: map</c> asks to be drawn: places (markers with labels), routes
/// between them (great-circle arcs, labelled with their distance), countries drawn as focus areas,
/// and optionally the area shown. Read and checked here; drawn by <see cref="MapDrawing"/>.
/// </summary>
public sealed record MapSpec(
    IReadOnlyList<MapPlace> Places,
    IReadOnlyList<MapRoute> Routes,
    IReadOnlyList<MapCountry> Highlight,
    GeoBox? View,
    bool CountryNames)
{
    /// <summary>The keys a map adds to a media entry.</summary>
    public static readonly string[] Keys = ["places", "routes", "highlight", "view", "country_names"];

    /// <summary>What a place may be: a city (the default), a capital (drawn larger) or any other point (a site).</summary>
    public static readonly string[] PlaceKinds = ["city", "capital", "site"];

    /// <summary>Reads the map keys of media entry <paramref name="id"/>; errors are reported, and a map with errors is null.</summary>
    public static MapSpec? Read(YamlMap map, string id)
    {
        var errorsBefore = map.Context.Diagnostics.Count;
        var places = new List<MapPlace>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in map.Maps("places"))
        {
            if (MapPlace.Read(item, id) is { } place)
            {
                if (!seen.Add(place.Id))
                {
                    item.Context.Error(item.NodeOf("id")!, ErrorCodes.DuplicateId, $"map '{id}' has the place '{place.Id}' twice");
                }
                else
                {
                    places.Add(place);
                }
            }
        }

        if (!map.Has("places") || map.Sequence("places").Count == 0)
        {
            map.Context.Error(map.NodeOf("places") ?? map.Node, ErrorCodes.MissingField, $"map '{id}' needs 'places': at least one place with id, name, lat and lon");
        }

        var routes = new List<MapRoute>();
        foreach (var item in map.Maps("routes"))
        {
            item.AllowOnly("a route", "from", "to", "label");
            var from = EntryIds.One(item, "from", required: true, where: $"a route of map '{id}'");
            var to = EntryIds.One(item, "to", required: true, where: $"a route of map '{id}'");
            foreach (var end in new[] { from, to }.OfType<Reference>().Where(e => !seen.Contains(e.Id)))
            {
                map.Context.Diagnostics.Add(end.Location, ErrorCodes.DanglingReference, $"a route of map '{id}' names the place '{end.Id}', which the map does not have");
            }

            if (from is { } f && to is { } t)
            {
                routes.Add(new MapRoute(f.Id, t.Id, item.String("label"), item.Location));
            }
        }

        var highlight = new List<MapCountry>();
        foreach (var (code, location) in map.Strings("highlight"))
        {
            if (Maps.CountryNames.NumericOf(code) is { } numeric && !Maps.CountryNames.NotInMapData.Contains(code))
            {
                highlight.Add(new MapCountry(code, numeric));
            }
            else
            {
                map.Context.Diagnostics.Add(location, ErrorCodes.InvalidValue,
                    $"map '{id}' highlights '{code}', which is no country the map data has: use an ISO 3166 alpha-3 code in capitals, such as RUS or PRK");
            }
        }

        var view = map.Has("view") ? GeoBox.Read(map, "view", $"the view of map '{id}'") : null;
        var countryNames = map.Bool("country_names") ?? false;
        return map.Context.Diagnostics.Count > errorsBefore ? null : new MapSpec(places, routes, highlight, view, countryNames);
    }

    /// <summary>The position of the place with the id among the places, or -1.</summary>
    public int IndexOf(string id) => Places.ToList().FindIndex(p => p.Id == id);

    /// <summary>The place with the id, or null.</summary>
    public MapPlace? Place(string id) => Places.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// The text a cache key is made from: everything the drawing depends on, in a fixed form. Place
    /// ids are not drawn, so places are named by their position: the same map under other ids is the
    /// same drawing.
    /// </summary>
    public string Canonical() => string.Join("\n", [
        .. Places.Select(p => FormattableString.Invariant($"place {p.Name} {p.Point.Latitude:R} {p.Point.Longitude:R} {p.Kind}")),
        .. Routes.Select(r => $"route {IndexOf(r.From)} {IndexOf(r.To)} {r.Label}"),
        .. Highlight.Select(h => $"highlight {h.Numeric}"),
        View is { } v ? FormattableString.Invariant($"view {v.West:R} {v.South:R} {v.East:R} {v.North:R}") : "view fit",
        $"names {CountryNames}"]);

    /// <summary>A number in YAML: a plain scalar in invariant notation.</summary>
    internal static double? Number(YamlMap map, YamlNode node, string what)
    {
        if (node is YamlScalarNode { IsPlain: true } scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        map.Context.Error(node, ErrorCodes.WrongType, $"{what} must be a number such as 39.0392");
        return null;
    }
}

/// <summary>A place on a map: a marker and a label.</summary>
public sealed record MapPlace(string Id, string Name, GeoPoint Point, string Kind, SourceLocation Location)
{
    public static MapPlace? Read(YamlMap map, string mapId)
    {
        map.AllowOnly("a place", "id", "name", "lat", "lon", "kind");
        var id = EntryIds.Read(map, $"a place of map '{mapId}'");
        var name = map.String("name", required: true, where: $"place '{id}' of map '{mapId}'");
        var lat = Coordinate(map, "lat", 90, $"the latitude of place '{id}'");
        var lon = Coordinate(map, "lon", 180, $"the longitude of place '{id}'");
        var kind = map.String("kind") ?? "city";
        if (!MapSpec.PlaceKinds.Contains(kind))
        {
            map.Context.Error(map.NodeOf("kind")!, ErrorCodes.InvalidValue, $"the kind of place '{id}' must be one of {string.Join(", ", MapSpec.PlaceKinds)}, not '{kind}'");
            return null;
        }

        return id is null || name is null || lat is null || lon is null ? null : new MapPlace(id, name, new GeoPoint(lat.Value, lon.Value), kind, map.Location);
    }

    private static double? Coordinate(YamlMap map, string key, double limit, string what)
    {
        if (map.NodeOf(key) is not { } node || !map.Has(key))
        {
            map.Context.Error(map.Node, ErrorCodes.MissingField, $"missing required field '{key}' in {what[4..]}");
            return null;
        }

        var value = MapSpec.Number(map, node, what);
        if (value is { } v && Math.Abs(v) > limit)
        {
            map.Context.Error(node, ErrorCodes.InvalidValue, FormattableString.Invariant($"{what} must be between -{limit} and {limit}, not {v}"));
            return null;
        }

        return value;
    }
}

/// <summary>A route between two places, drawn along the great circle. A <see cref="Label"/> of <c>auto</c> is its distance.</summary>
public sealed record MapRoute(string From, string To, string? Label, SourceLocation Location)
{
    public const string AutoLabel = "auto";
}

/// <summary>A country drawn as a focus area: the code the author wrote (ISO 3166 alpha-3) and the map data's id (ISO numeric).</summary>
public sealed record MapCountry(string Code, string Numeric);

/// <summary>
/// An area given as <c>[west, south, east, north]</c> in degrees. West may be greater than east: the
/// area then crosses the antimeridian (<c>[170, -20, -170, -10]</c> is Fiji's).
/// </summary>
public readonly record struct GeoBox(double West, double South, double East, double North)
{
    /// <summary>How many degrees of longitude the box spans, eastwards from west.</summary>
    public double Width => East > West ? East - West : East - West + 360;

    /// <summary>Points on the box's edges, so that its projection is fitted whatever the projection bends.</summary>
    public IEnumerable<GeoPoint> Outline(int steps = 8)
    {
        for (var i = 0; i <= steps; i++)
        {
            var lon = Normalize(West + (Width * i / steps));
            var lat = South + ((North - South) * i / steps);
            yield return new GeoPoint(South, lon);
            yield return new GeoPoint(North, lon);
            yield return new GeoPoint(lat, West);
            yield return new GeoPoint(lat, East);
        }
    }

    public GeoPoint Centre => new((South + North) / 2, Normalize(West + (Width / 2)));

    internal static double Normalize(double longitude) => longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;

    /// <summary>Reads <c>[west, south, east, north]</c> at <paramref name="key"/>; errors are reported and give null.</summary>
    public static GeoBox? Read(YamlMap map, string key, string what)
    {
        var node = map.NodeOf(key)!;
        if (node is not YamlSequenceNode { Children.Count: 4 } list)
        {
            map.Context.Error(node, ErrorCodes.WrongType, $"{what} must be a list of four numbers: [west, south, east, north]");
            return null;
        }

        var numbers = list.Children.Select((n, i) => MapSpec.Number(map, n, $"{what}: {Names[i]}")).ToList();
        if (numbers.Any(n => n is null))
        {
            return null;
        }

        var (w, s, e, n) = (numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value);
        string? problem =
            Math.Abs(w) > 180 || Math.Abs(e) > 180 ? "west and east must be longitudes between -180 and 180"
            : Math.Abs(s) > 90 || Math.Abs(n) > 90 ? "south and north must be latitudes between -90 and 90"
            : w == e ? "west and east are the same longitude, so it shows no area"
            : s >= n ? "south must be less than north"
            : null;
        if (problem is not null)
        {
            map.Context.Error(node, ErrorCodes.InvalidValue, $"{what} [{string.Join(", ", numbers.Select(x => x!.Value.ToString(CultureInfo.InvariantCulture)))}]: {problem}");
            return null;
        }

        return new GeoBox(w, s, e, n);
    }

    private static readonly string[] Names = ["west", "south", "east", "north"];
}
