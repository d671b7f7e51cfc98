using System.Text;
using Explainer.Components.Maps;

namespace Explainer.Tests.Components.Maps;

/// <summary>The TopoJSON reader, on a topology written here and on the world data the tool ships.</summary>
public sealed class TopologyTests
{
    // Two squares side by side sharing one arc (the middle edge), quantized: x = q·0.5 + 10, y = q·0.25 + 20.
    private const string TwoSquares = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"id":"001","properties":{"name":"West"}},
           {"type":"MultiPolygon","arcs":[[[2,-1]]],"id":"002","properties":{"name":"East"}}]}},
         "arcs":[[[2,0],[0,4]],[[2,4],[-2,0],[0,-4],[2,0]],[[2,0],[2,0],[0,4],[-2,0]]]}
        """;

    private static Topology Read(string json) => Topology.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Quantized_arcs_are_decoded_from_their_deltas_into_degrees()
    {
        var topology = Read(TwoSquares);

        // Arc 0, the shared edge: (2,0) then (2,4), i.e. longitude 11, latitude 20 to 21.
        Assert.Equal([new GeoPoint(20, 11), new GeoPoint(21, 11)], topology.Arcs[0]);
        Assert.Equal(new GeoPoint(20, 10), topology.Arcs[1][2]);
    }

    [Fact]
    public void A_ring_joins_its_arcs_and_a_negative_index_is_the_arc_reversed()
    {
        var topology = Read(TwoSquares);
        var east = topology.Country("002")!;

        var ring = topology.Points(east.Polygons[0][0]);

        // Arc 2 from (11,20) round to (11,21), then arc 0 reversed back down to (11,20): closed, no point twice in a row.
        Assert.Equal([new GeoPoint(20, 11), new GeoPoint(20, 12), new GeoPoint(21, 12), new GeoPoint(21, 11), new GeoPoint(20, 11)], ring);
        Assert.Equal("East", east.Name);
        Assert.True(topology.Contains(east, new GeoPoint(20.5, 11.5)));
        Assert.False(topology.Contains(east, new GeoPoint(20.5, 10.5)));
        Assert.True(topology.Contains(topology.Country("001")!, new GeoPoint(20.5, 10.5)));
    }

    [Theory]
    [InlineData(MapScale.Small, 177)]
    [InlineData(MapScale.Medium, 241)]
    public void The_shipped_world_has_every_country_with_closed_rings(MapScale scale, int countries)
    {
        var world = Topology.World(scale);

        Assert.Equal(countries, world.Countries.Count);
        foreach (var country in world.Countries)
        {
            foreach (var ring in country.Polygons.SelectMany(p => p))
            {
                var points = world.Points(ring);
                Assert.True(points.Count >= 4 && points[0] == points[^1], $"{country.Name}: a ring of {points.Count} points is not closed");
            }
        }
    }

    [Theory]
    [InlineData(MapScale.Small)]
    [InlineData(MapScale.Medium)]
    public void The_places_of_the_seed_lie_in_their_countries(MapScale scale)
    {
        var world = Topology.World(scale);
        var russia = world.Country("643")!;
        var northKorea = world.Country("408")!;

        Assert.True(world.Contains(russia, new GeoPoint(55.7558, 37.6173)), "Moskau");
        Assert.True(world.Contains(northKorea, new GeoPoint(39.0392, 125.7625)), "Pjöngjang");
        Assert.False(world.Contains(northKorea, new GeoPoint(37.5665, 126.978)), "Seoul");
        Assert.True(world.Contains(world.Country("242")!, new GeoPoint(-17.8, 178.0)), "Fiji, on both sides of 180°");
    }

    [Theory]
    [InlineData(MapScale.Small)]
    [InlineData(MapScale.Medium)]
    public void Crimea_is_drawn_as_Ukraine_and_marked_as_annexed_by_Russia(MapScale scale)
    {
        // Natural Earth 4.1 puts Simferopol inside Russia's shape; the maps draw it inside Ukraine's.
        var naturalEarth = Topology.NaturalEarth(scale);
        var world = Topology.World(scale);
        var simferopol = PointOfView.Simferopol;

        Assert.True(naturalEarth.Contains(naturalEarth.Country("643")!, simferopol));
        Assert.False(naturalEarth.Contains(naturalEarth.Country("804")!, simferopol));
        Assert.True(world.Contains(world.Country("804")!, simferopol));
        Assert.False(world.Contains(world.Country("643")!, simferopol));

        var annexed = Assert.Single(world.Annexed);
        Assert.Equal(("804", "643"), (annexed.Of, annexed.By));
        Assert.True(world.Contains(new Country("804", "Krim", [annexed.Polygon]), simferopol));

        // Nothing else moved: Moscow and Kyiv stay where they were, and Russia lost one polygon only.
        Assert.True(world.Contains(world.Country("643")!, new GeoPoint(55.7558, 37.6173)));
        Assert.True(world.Contains(world.Country("804")!, new GeoPoint(50.4501, 30.5234)));
        Assert.Equal(naturalEarth.Country("643")!.Polygons.Count - 1, world.Country("643")!.Polygons.Count);
        Assert.Equal(naturalEarth.Countries.Select(c => c.Id), world.Countries.Select(c => c.Id));
    }
}
