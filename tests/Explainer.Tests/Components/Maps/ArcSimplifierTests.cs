using Explainer.Components.Maps;

namespace Explainer.Tests.Components.Maps;

/// <summary>Arcs lose the points that make no visible difference; ends, corners and shared borders stay.</summary>
public sealed class ArcSimplifierTests
{
    [Fact]
    public void Points_on_a_straight_line_go_and_the_ends_stay()
    {
        (double, double)[] line = [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)];

        Assert.Equal([0, 4], ArcSimplifier.Keep(line, minArea: 0.01));
    }

    [Fact]
    public void A_corner_larger_than_the_threshold_stays_and_a_small_wiggle_goes()
    {
        (double, double)[] arc = [(0, 0), (5, 0.01), (10, 0), (10, 10)];

        Assert.Equal([0, 2, 3], ArcSimplifier.Keep(arc, minArea: 1));
        Assert.Equal([0, 1, 2, 3], ArcSimplifier.Keep(arc, minArea: 0.01));
    }

    [Fact]
    public void Short_arcs_are_kept_whole()
    {
        Assert.Equal([0, 1], ArcSimplifier.Keep([(0, 0), (1, 1)], minArea: 100));
        Assert.Equal([0], ArcSimplifier.Keep([(0, 0)], minArea: 100));
    }

    [Fact]
    public void The_world_keeps_its_shape_with_far_fewer_points_and_borders_stay_shared()
    {
        // Russia's view, projected, simplified arc by arc: the ring of Russia and the ring of a
        // neighbour are made of the same simplified arcs, so their border is one line.
        var world = Topology.World(MapScale.Medium);
        var projection = new AzimuthalEqualArea(new GeoPoint(60, 100));
        const double scale = 640 / 4.0;
        var kept = world.Arcs.Select(arc =>
        {
            var near = arc.All(projection.IsNearSide);
            return near ? ArcSimplifier.Keep(arc.Select(p => projection.Project(p)).Select(p => (p.X * scale, p.Y * scale)).ToList(), minArea: 2) : null;
        }).ToList();

        var before = world.Arcs.Where((_, i) => kept[i] is not null).Sum(a => a.Length);
        var after = kept.OfType<IReadOnlyList<int>>().Sum(k => k.Count);
        Assert.InRange(after, before / 20, before / 2);
        Assert.All(kept.OfType<IReadOnlyList<int>>().Zip(world.Arcs.Where((_, i) => kept[i] is not null)),
            pair => Assert.Equal([0, pair.Second.Length - 1], [pair.First[0], pair.First[^1]]));

        var russia = world.Country("643")!.Polygons.SelectMany(p => p).SelectMany(r => r).Select(i => i < 0 ? ~i : i).ToHashSet();
        var mongolia = world.Country("496")!.Polygons.SelectMany(p => p).SelectMany(r => r).Select(i => i < 0 ? ~i : i).ToHashSet();
        Assert.NotEmpty(russia.Intersect(mongolia));
    }
}
