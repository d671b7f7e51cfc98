using System.IO.Compression;
using System.Text.Json;

namespace Explainer.Components.Maps;

/// <summary>The scales of the world data the tool ships (Natural Earth through world-atlas, see Data/VERSION).</summary>
public enum MapScale
{
    /// <summary>1:50 million, for views up to a continent.</summary>
    Medium,

    /// <summary>1:110 million, for the whole world and the locator inset.</summary>
    Small,
}

/// <summary>
/// A TopoJSON topology of the world's countries (topojson-specification 1.0): arcs shared by the
/// countries they border, decoded from their quantized, delta-encoded integers into degrees, and
/// each country as polygons of rings of arc indexes. A negative index <c>i</c> is arc <c>~i</c>
/// reversed.
/// </summary>
public sealed class Topology
{
    private static readonly Dictionary<MapScale, Lazy<Topology>> Shipped = new()
    {
        [MapScale.Medium] = new(() => LoadShipped("countries-50m.json.gz")),
        [MapScale.Small] = new(() => LoadShipped("countries-110m.json.gz")),
    };

    private static readonly Dictionary<MapScale, Lazy<Topology>> Drawn = new()
    {
        [MapScale.Medium] = new(() => PointOfView.Apply(NaturalEarth(MapScale.Medium))),
        [MapScale.Small] = new(() => PointOfView.Apply(NaturalEarth(MapScale.Small))),
    };

    private Topology(IReadOnlyList<GeoPoint[]> arcs, IReadOnlyList<Country> countries, IReadOnlyList<AnnexedArea>? annexed = null)
    {
        Arcs = arcs;
        Countries = countries;
        Annexed = annexed ?? [];
    }

    /// <summary>Every arc as points in degrees, in the order the file lists them.</summary>
    public IReadOnlyList<GeoPoint[]> Arcs { get; }

    /// <summary>The countries, in the order the file lists them.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Areas drawn as part of one country and marked as annexed by another (<see cref="PointOfView"/>).</summary>
    public IReadOnlyList<AnnexedArea> Annexed { get; }

    /// <summary>The world as the maps draw it at <paramref name="scale"/>: Natural Earth with the tool's <see cref="PointOfView"/>.</summary>
    public static Topology World(MapScale scale) => Drawn[scale].Value;

    /// <summary>The world at <paramref name="scale"/> as Natural Earth has it, read once per process from the data built into the tool.</summary>
    public static Topology NaturalEarth(MapScale scale) => Shipped[scale].Value;

    /// <summary>The same arcs with other countries and annexed areas.</summary>
    internal Topology With(IReadOnlyList<Country> countries, IReadOnlyList<AnnexedArea> annexed) => new(Arcs, countries, annexed);

    /// <summary>Reads a topology whose countries are the geometry collection <paramref name="objectName"/>.</summary>
    public static Topology Read(Stream json, string objectName = "countries")
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var (sx, sy, tx, ty) = (1.0, 1.0, 0.0, 0.0);
        if (root.TryGetProperty("transform", out var transform))
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        }

        var quantized = root.TryGetProperty("transform", out _);
        var arcs = new List<GeoPoint[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                // Quantized arcs are delta-encoded: each position is the difference from the one before.
                (x, y) = quantized ? (x + position[0].GetDouble(), y + position[1].GetDouble()) : (position[0].GetDouble(), position[1].GetDouble());
                points[i++] = quantized ? new GeoPoint((y * sy) + ty, (x * sx) + tx) : new GeoPoint(y, x);
            }

            arcs.Add(points);
        }

        var countries = new List<Country>();
        foreach (var geometry in root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
        {
            var id = geometry.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            var name = geometry.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var n) ? n.GetString() : null;
            var polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [Polygon(geometry.GetProperty("arcs"))],
                "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().Select(Polygon).ToList(),
                _ => new List<IReadOnlyList<int[]>>(),
            };
            countries.Add(new Country(id, name ?? string.Empty, polygons));
        }

        return new Topology(arcs, countries);
    }

    /// <summary>
    /// The points of a ring (or line) made of <paramref name="arcIndexes"/>, in order: an arc ~i is
    /// arc i reversed, and the first point of each arc after the first is the last of the one before.
    /// </summary>
    public List<GeoPoint> Points(IReadOnlyList<int> arcIndexes)
    {
        var points = new List<GeoPoint>();
        foreach (var index in arcIndexes)
        {
            var arc = Arcs[index < 0 ? ~index : index];
            for (var i = points.Count == 0 ? 0 : 1; i < arc.Length; i++)
            {
                points.Add(index < 0 ? arc[arc.Length - 1 - i] : arc[i]);
            }
        }

        return points;
    }

    /// <summary>The country with ISO 3166-1 numeric code <paramref name="id"/> ("643" for Russia), if the data has it.</summary>
    public Country? Country(string id) => Countries.FirstOrDefault(c => c.Id == id);

    /// <summary>True when <paramref name="point"/> lies inside <paramref name="country"/> (an odd number of its rings around it).</summary>
    public bool Contains(Country country, GeoPoint point) =>
        country.Polygons.Any(polygon => polygon.Count(ring => Surrounds(Points(ring), point)) % 2 == 1);

    private static IReadOnlyList<int[]> Polygon(JsonElement rings) =>
        rings.EnumerateArray().Select(ring => ring.EnumerateArray().Select(i => i.GetInt32()).ToArray()).ToList();

    /// <summary>Ray casting in longitude and latitude: Natural Earth splits rings at ±180°, so none crosses it.</summary>
    /// <summary>Whether the ring, read as a plane polygon of longitudes and latitudes, surrounds the point (even-odd).</summary>
    internal static bool Surrounds(List<GeoPoint> ring, GeoPoint point)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Latitude > point.Latitude) != (b.Latitude > point.Latitude)
                && point.Longitude < ((b.Longitude - a.Longitude) * (point.Latitude - a.Latitude) / (b.Latitude - a.Latitude)) + a.Longitude)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static Topology LoadShipped(string file)
    {
        using var stream = typeof(Topology).Assembly.GetManifestResourceStream("Explainer.Maps." + file)
            ?? throw new InvalidOperationException($"The map data '{file}' is not built into the tool.");
        using var json = new GZipStream(stream, CompressionMode.Decompress);
        return Read(json);
    }
}

/// <summary>A country of the topology: its ISO 3166-1 numeric code (null for the few Natural Earth leaves without one), its English name, and its polygons as rings of arc indexes, the outer ring first.</summary>
public sealed record Country(string? Id, string Name, IReadOnlyList<IReadOnlyList<int[]>> Polygons);
