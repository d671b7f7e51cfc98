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

    /// <summary>
    /// The parts of an open line inside the frame (Liang–Barsky, segment by segment): a line that
    /// leaves the frame and comes back is two parts.
    /// </summary>
    public static List<List<(double X, double Y)>> Line(IReadOnlyList<(double X, double Y)> line, double left, double top, double right, double bottom)
    {
        var parts = new List<List<(double X, double Y)>>();
        List<(double X, double Y)>? current = null;
        for (var i = 1; i < line.Count; i++)
        {
            var (a, b) = (line[i - 1], line[i]);
            var (dx, dy) = (b.X - a.X, b.Y - a.Y);
            double t0 = 0, t1 = 1;
            var visible = Clip(-dx, a.X - left, ref t0, ref t1) && Clip(dx, right - a.X, ref t0, ref t1)
                && Clip(-dy, a.Y - top, ref t0, ref t1) && Clip(dy, bottom - a.Y, ref t0, ref t1);
            if (!visible)
            {
                current = null;
                continue;
            }

            if (current is null || t0 > 0)
            {
                current = [At(a, b, t0)];
                parts.Add(current);
            }

            current.Add(At(a, b, t1));
            if (t1 < 1)
            {
                current = null;
            }
        }

        return parts;
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
        {
            return q >= 0;
        }

        var r = q / p;
        if (p < 0)
        {
            if (r > t1)
            {
                return false;
            }

            t0 = Math.Max(t0, r);
        }
        else
        {
            if (r < t0)
            {
                return false;
            }

            t1 = Math.Min(t1, r);
        }

        return true;
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
