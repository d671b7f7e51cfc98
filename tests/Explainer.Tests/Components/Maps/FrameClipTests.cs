using Explainer.Components.Maps;

namespace Explainer.Tests.Components.Maps;

/// <summary>Rings cut to the map's frame.</summary>
public sealed class FrameClipTests
{
    private static double Area(IReadOnlyList<(double X, double Y)> ring) =>
        Math.Abs(ring.Select((p, i) => (p.X * ring[(i + 1) % ring.Count].Y) - (ring[(i + 1) % ring.Count].X * p.Y)).Sum()) / 2;

    [Fact]
    public void A_ring_inside_the_frame_is_left_as_it_is()
    {
        (double, double)[] square = [(10, 10), (20, 10), (20, 20), (10, 20)];

        Assert.Equal(square, FrameClip.Ring(square, 0, 0, 100, 100));
    }

    [Fact]
    public void A_ring_across_a_corner_keeps_the_part_inside_and_runs_along_the_frame()
    {
        // A square from (-10,-10) to (10,10) in a frame from (0,0): the quarter inside stays.
        var clipped = FrameClip.Ring([(-10, -10), (10, -10), (10, 10), (-10, 10)], 0, 0, 100, 100);

        Assert.Equal(100, Area(clipped), 1e-9);
        Assert.All(clipped, p => Assert.True(p.X is >= 0 and <= 10 && p.Y is >= 0 and <= 10, $"{p} is outside"));
    }

    [Fact]
    public void A_ring_outside_the_frame_vanishes_and_one_around_it_becomes_the_frame()
    {
        Assert.Empty(FrameClip.Ring([(200, 200), (300, 200), (300, 300)], 0, 0, 100, 100));

        var around = FrameClip.Ring([(-50, -50), (150, -50), (150, 150), (-50, 150)], 0, 0, 100, 100);
        Assert.Equal(100 * 100, Area(around), 1e-9);
    }
}
