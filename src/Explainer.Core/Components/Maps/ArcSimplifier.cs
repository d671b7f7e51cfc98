namespace Explainer.Components.Maps;

/// <summary>
/// Visvalingam–Whyatt simplification of one arc in map units: the point whose triangle with its
/// neighbours has the smallest area goes first, again and again, until every point left makes a
/// triangle of at least the threshold. The ends stay. Arcs are simplified one at a time, once, so
/// a border two countries share stays one line for both (simplifying rings would open gaps).
/// </summary>
public static class ArcSimplifier
{
    /// <summary>The indexes of the points of <paramref name="points"/> that stay, in order, the first and last always among them.</summary>
    /// <param name="minArea">The smallest triangle (in squared map units) a point must make to stay.</param>
    public static IReadOnlyList<int> Keep(IReadOnlyList<(double X, double Y)> points, double minArea)
    {
        var n = points.Count;
        if (n <= 2)
        {
            return [.. Enumerable.Range(0, n)];
        }

        var previous = new int[n];
        var next = new int[n];
        var area = new double[n];
        var queue = new PriorityQueue<int, (double Area, int Index)>();
        for (var i = 0; i < n; i++)
        {
            (previous[i], next[i]) = (i - 1, i + 1);
        }

        for (var i = 1; i < n - 1; i++)
        {
            area[i] = Triangle(points[i - 1], points[i], points[i + 1]);
            queue.Enqueue(i, (area[i], i));
        }

        var removed = new bool[n];
        var largest = 0.0;
        while (queue.TryDequeue(out var i, out var key))
        {
            if (removed[i] || key.Area != area[i])
            {
                continue; // a stale entry: the point's area changed after it was queued
            }

            // A point's area is at least that of any point removed before it, so removing never
            // makes a later, larger triangle look smaller (Visvalingam's correction).
            var effective = Math.Max(area[i], largest);
            if (effective >= minArea)
            {
                break;
            }

            largest = effective;
            removed[i] = true;
            var (p, q) = (previous[i], next[i]);
            next[p] = q;
            previous[q] = p;
            foreach (var j in new[] { p, q })
            {
                if (j > 0 && j < n - 1)
                {
                    area[j] = Triangle(points[previous[j]], points[j], points[next[j]]);
                    queue.Enqueue(j, (area[j], j));
                }
            }
        }

        return [.. Enumerable.Range(0, n).Where(i => !removed[i])];
    }

    private static double Triangle((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        Math.Abs(((b.X - a.X) * (c.Y - a.Y)) - ((c.X - a.X) * (b.Y - a.Y))) / 2;
}
