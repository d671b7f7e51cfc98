namespace Explainer.Components.Maps;

/// <summary>
/// Clips projected rings to the map's frame (Sutherland–Hodgman, one edge of the rectangle at a
/// time). A clipped ring runs along the frame where it was cut, so land is filled to the edge; the
/// borders are drawn from arcs, never from filled rings, so no line appears along the frame.
/// </summary>
public static class FrameClip
{
    /// <summary>The part of <paramref name="ring"/> inside the rectangle; empty when none is.</summary>
    public static List<(double X, double Y)> Ring(IReadOnlyList<(double X, double Y)> ring, double left, double top, double right, double bottom)
    {
        var points = new List<(double X, double Y)>(ring);
        points = Edge(points, p => p.X >= left, (a, b) => At(a, b, (left - a.X) / (b.X - a.X)));
        points = Edge(points, p => p.X <= right, (a, b) => At(a, b, (right - a.X) / (b.X - a.X)));
        points = Edge(points, p => p.Y >= top, (a, b) => At(a, b, (top - a.Y) / (b.Y - a.Y)));
        points = Edge(points, p => p.Y <= bottom, (a, b) => At(a, b, (bottom - a.Y) / (b.Y - a.Y)));
        return points;
    }

    private static List<(double X, double Y)> Edge(
        List<(double X, double Y)> ring, Func<(double X, double Y), bool> inside, Func<(double X, double Y), (double X, double Y), (double X, double Y)> cross)
    {
        var result = new List<(double X, double Y)>(ring.Count + 4);
        for (var i = 0; i < ring.Count; i++)
        {
            var (current, previous) = (ring[i], ring[(i + ring.Count - 1) % ring.Count]);
            if (inside(current))
            {
                if (!inside(previous))
                {
                    result.Add(cross(previous, current));
                }

                result.Add(current);
            }
            else if (inside(previous))
            {
                result.Add(cross(previous, current));
            }
        }

        return result;
    }

    private static (double X, double Y) At((double X, double Y) a, (double X, double Y) b, double t) =>
        (a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));
}
