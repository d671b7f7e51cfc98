using Explainer.Components.Maps;

namespace Explainer.Tests.Components.Maps;

/// <summary>The map's projection and great circles: known points, the antimeridian, the antipode, equal areas, distances.</summary>
public sealed class ProjectionTests
{
    private const double Tolerance = 1e-9;

    private static readonly GeoPoint Moskau = new(55.7558, 37.6173);
    private static readonly GeoPoint Pjoengjang = new(39.0392, 125.7625);

    [Fact]
    public void The_centre_is_the_origin()
    {
        var projection = new AzimuthalEqualArea(Pjoengjang);

        var (x, y) = projection.Project(Pjoengjang);

        Assert.Equal(0, x, Tolerance);
        Assert.Equal(0, y, Tolerance);
    }

    [Fact]
    public void A_point_a_quarter_of_the_globe_away_lies_on_the_hemisphere_circle()
    {
        var projection = new AzimuthalEqualArea(new GeoPoint(0, 0));

        var east = projection.Project(new GeoPoint(0, 90));
        var north = projection.Project(new GeoPoint(90, 0));

        Assert.Equal(AzimuthalEqualArea.HemisphereRadius, east.X, Tolerance);
        Assert.Equal(0, east.Y, Tolerance);
        Assert.Equal(0, north.X, Tolerance);
        Assert.Equal(-AzimuthalEqualArea.HemisphereRadius, north.Y, Tolerance); // north is up: SVG's y grows downwards
    }

    [Fact]
    public void Points_either_side_of_the_antimeridian_lie_side_by_side()
    {
        // The Bering Strait: a map centred on 180° draws 179°E and 179°W as neighbours, mirrored.
        var projection = new AzimuthalEqualArea(new GeoPoint(65, 180));

        var west = projection.Project(new GeoPoint(65, 179));
        var east = projection.Project(new GeoPoint(65, -179));

        Assert.Equal(-west.X, east.X, Tolerance);
        Assert.Equal(west.Y, east.Y, Tolerance);
        Assert.True(Math.Abs(east.X - west.X) < 0.02, $"{west} and {east} are far apart");
    }

    [Fact]
    public void The_far_side_is_culled_and_the_antipode_has_no_place()
    {
        var projection = new AzimuthalEqualArea(new GeoPoint(40, -3.7)); // Madrid

        Assert.True(projection.IsNearSide(new GeoPoint(48.85, 2.35)));
        Assert.False(projection.IsNearSide(new GeoPoint(-41.3, 174.8))); // Wellington
        Assert.Throws<ArgumentOutOfRangeException>(() => projection.Project(new GeoPoint(-40, 176.3)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 60)]
    [InlineData(60, 120)]
    [InlineData(-45, -150)]
    public void Equal_cells_of_the_globe_have_equal_areas_on_the_map(double latitude, double longitude)
    {
        // A cell of 0.0001° × 0.0001° covers cos(φ)·dφ·dλ of the unit sphere; equal-area means the map's cell is as large.
        var projection = new AzimuthalEqualArea(new GeoPoint(20, 40));
        const double d = 1e-4;
        var a = projection.Project(new GeoPoint(latitude, longitude));
        var b = projection.Project(new GeoPoint(latitude, longitude + d));
        var c = projection.Project(new GeoPoint(latitude + d, longitude));
        var onMap = Math.Abs(((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X)));
        var onGlobe = Math.Cos((latitude + (d / 2)) * Math.PI / 180) * Math.Pow(d * Math.PI / 180, 2);

        Assert.Equal(1, onMap / onGlobe, 1e-3);
    }

    [Fact]
    public void Moscow_to_Pyongyang_is_about_6400_km()
    {
        // The seed: "Von Moskau nach Pjöngjang sind es rund 6400 Kilometer Luftlinie."
        Assert.Equal(6412.5, Moskau.DistanceKm(Pjoengjang), 0.1);
        Assert.Equal(Math.PI * GeoPoint.EarthRadiusKm, new GeoPoint(0, 0).DistanceKm(new GeoPoint(0, 180)), 1e-6);
        Assert.Equal(0, Moskau.DistanceKm(Moskau), Tolerance);
    }

    [Fact]
    public void A_route_follows_the_great_circle_in_steps_of_at_most_a_degree()
    {
        var route = Moskau.GreatCircleTo(Pjoengjang);

        Assert.Equal(Moskau, route[0]);
        Assert.Equal(Pjoengjang, route[^1]);
        var steps = route.Zip(route.Skip(1), (p, q) => p.CentralAngle(q) * 180 / Math.PI).ToList();
        Assert.All(steps, s => Assert.InRange(s, 0.5, 1.0 + 1e-9));
        // On the arc: the steps add up to the whole distance, and the arc bows north of the straight line on a flat map.
        Assert.Equal(Moskau.DistanceKm(Pjoengjang), route.Zip(route.Skip(1), (p, q) => p.DistanceKm(q)).Sum(), 1e-6);
        Assert.True(route.Max(p => p.Latitude) > Moskau.Latitude, "the great circle from Moscow to Pyongyang runs north of Moscow's latitude at first");
    }
}
