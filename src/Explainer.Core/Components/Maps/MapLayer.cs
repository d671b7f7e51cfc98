namespace Explainer.Components.Maps;

/// <summary>
/// Puts points of the globe on the map: Lambert azimuthal equal-area centred on the map, scaled and
/// moved so that the map's frame is <c>0..Width × 0..Height</c> in SVG user units (y down).
/// </summary>
public sealed class MapProjector(AzimuthalEqualArea projection, double scale, double centreX, double centreY, double width, double height)
{
    /// <summary>The point of the projection (in its units) at the centre of the frame.</summary>
    public double CentreX { get; } = centreX;

    public double CentreY { get; } = centreY;

    public AzimuthalEqualArea Projection { get; } = projection;

    /// <summary>User units per unit of the projection (radians at the centre).</summary>
    public double Scale { get; } = scale;

    public double Width { get; } = width;

    public double Height { get; } = height;

    /// <summary>Kilometres per user unit at the centre of the map.</summary>
    public double KmPerUnit => GeoPoint.EarthRadiusKm / Scale;

    /// <summary>Whether the point is on the near side of the globe.</summary>
    public bool IsNear(GeoPoint point) => Projection.CosDistance(point) >= 0;

    public (double X, double Y) Project(GeoPoint point)
    {
        var (x, y) = Projection.Project(point);
        return ToFrame(x, y);
    }

    /// <summary>A point already in the projection's units, in the frame.</summary>
    public (double X, double Y) ToFrame(double x, double y) => ((Width / 2) + (Scale * (x - CentreX)), (Height / 2) + (Scale * (y - CentreY)));

    /// <summary>A point of the frame in the projection's units (the inverse of <see cref="ToFrame"/>).</summary>
    public (double X, double Y) FromFrame(double x, double y) => (((x - (Width / 2)) / Scale) + CentreX, ((y - (Height / 2)) / Scale) + CentreY);
}

/// <summary>
/// The countries of a topology as one map draws them: every arc projected and simplified once (so
/// shared borders stay shared), the rings of each country built from the arcs and cut to the frame.
/// The land is one path, each focus country one path, the borders one path of the arcs two
/// countries share, an annexed area hatched.
/// </summary>
public sealed class MapLayer
{
    private readonly Topology _topology;
    private readonly MapProjector _projector;
    private readonly (double X, double Y)[]?[] _arcs;
    private readonly bool[] _arcFar;

    /// <param name="minArea">Visvalingam's threshold, in squared user units.</param>
    public MapLayer(Topology topology, MapProjector projector, double minArea)
    {
        _topology = topology;
        _projector = projector;
        _arcs = new (double X, double Y)[]?[topology.Arcs.Count];
        _arcFar = new bool[topology.Arcs.Count];
        for (var a = 0; a < topology.Arcs.Count; a++)
        {
            var arc = topology.Arcs[a];
            var projected = new (double X, double Y)[arc.Length];
            var allFar = true;
            var usable = true;
            for (var i = 0; i < arc.Length; i++)
            {
                var cos = projector.Projection.CosDistance(arc[i]);
                if (cos <= -1 + 1e-9)
                {
                    usable = false; // the antipode: no place on the map
                    break;
                }

                allFar &= cos < 0;
                projected[i] = projector.Project(arc[i]);
            }

            _arcFar[a] = allFar || !usable;
            if (usable)
            {
                var keep = ArcSimplifier.Keep(projected, minArea);
                _arcs[a] = keep.Count == projected.Length ? projected : [.. keep.Select(i => projected[i])];
            }
        }
    }

    /// <summary>The rings of a country, projected and simplified; rings wholly on the far side of the globe or around its antipode are left out.</summary>
    public IEnumerable<List<(double X, double Y)>> Rings(IReadOnlyList<IReadOnlyList<int[]>> polygons)
    {
        var antipode = Antipode(_projector.Projection.Centre);
        foreach (var polygon in polygons)
        {
            foreach (var ring in polygon)
            {
                if (ring.All(i => _arcFar[i < 0 ? ~i : i]) || ring.Any(i => _arcs[i < 0 ? ~i : i] is null))
                {
                    continue;
                }

                // Only a ring that reaches the far side can go round the antipode; its projection would be turned inside out.
                if (ring.Any(i => ReachesFarSide(i < 0 ? ~i : i)) && Topology.Surrounds(_topology.Points(ring), antipode))
                {
                    continue;
                }

                var points = new List<(double X, double Y)>();
                foreach (var index in ring)
                {
                    var arc = _arcs[index < 0 ? ~index : index]!;
                    for (var i = points.Count == 0 ? 0 : 1; i < arc.Length; i++)
                    {
                        points.Add(index < 0 ? arc[arc.Length - 1 - i] : arc[i]);
                    }
                }

                yield return points;
            }
        }
    }

    /// <summary>The arcs that two different countries share, as lines: the borders.</summary>
    public IEnumerable<(double X, double Y)[]> Borders()
    {
        var owner = new int[_topology.Arcs.Count];
        var shared = new bool[_topology.Arcs.Count];
        Array.Fill(owner, -1);
        for (var c = 0; c < _topology.Countries.Count; c++)
        {
            foreach (var index in _topology.Countries[c].Polygons.SelectMany(p => p).SelectMany(r => r))
            {
                var arc = index < 0 ? ~index : index;
                if (owner[arc] < 0)
                {
                    owner[arc] = c;
                }
                else if (owner[arc] != c)
                {
                    shared[arc] = true;
                }
            }
        }

        for (var a = 0; a < shared.Length; a++)
        {
            if (shared[a] && !_arcFar[a] && _arcs[a] is { } arc)
            {
                yield return arc;
            }
        }
    }

    /// <summary>Path data of rings cut to the frame.</summary>
    public static void AddRings(SvgPath path, IEnumerable<List<(double X, double Y)>> rings, Box clip)
    {
        foreach (var ring in rings)
        {
            if (!Bounds(ring).Intersects(clip))
            {
                continue;
            }

            path.Ring(FrameClip.Ring(ring, clip.Left, clip.Top, clip.Right, clip.Bottom));
        }
    }

    /// <summary>Path data of lines cut to the frame.</summary>
    public static void AddLines(SvgPath path, IEnumerable<IReadOnlyList<(double X, double Y)>> lines, Box clip)
    {
        foreach (var line in lines)
        {
            if (!Bounds(line).Intersects(clip))
            {
                continue;
            }

            foreach (var part in FrameClip.Line(line, clip.Left, clip.Top, clip.Right, clip.Bottom))
            {
                path.Line(part);
            }
        }
    }

    /// <summary>
    /// Diagonal hatching of rings cut to the frame: lines <c>x + y = c</c> every
    /// <paramref name="spacing"/> units, the parts of each inside the rings (even-odd).
    /// </summary>
    public static void AddHatch(SvgPath path, IReadOnlyList<List<(double X, double Y)>> rings, Box clip, double spacing)
    {
        var clipped = rings.Where(r => Bounds(r).Intersects(clip)).Select(r => FrameClip.Ring(r, clip.Left, clip.Top, clip.Right, clip.Bottom)).Where(r => r.Count >= 3).ToList();
        if (clipped.Count == 0)
        {
            return;
        }

        var sums = clipped.SelectMany(r => r).Select(p => p.X + p.Y).ToList();
        var (low, high) = (Math.Ceiling(sums.Min() / spacing) * spacing, sums.Max());
        for (var c = low; c <= high; c += spacing)
        {
            var crossings = new List<double>();
            foreach (var ring in clipped)
            {
                for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
                {
                    var (ua, ub) = (ring[j].X + ring[j].Y, ring[i].X + ring[i].Y);
                    if ((ua <= c) != (ub <= c))
                    {
                        var (va, vb) = (ring[j].X - ring[j].Y, ring[i].X - ring[i].Y);
                        crossings.Add(va + ((vb - va) * (c - ua) / (ub - ua)));
                    }
                }
            }

            crossings.Sort();
            for (var k = 0; k + 1 < crossings.Count; k += 2)
            {
                path.Line([((c + crossings[k]) / 2, (c - crossings[k]) / 2), ((c + crossings[k + 1]) / 2, (c - crossings[k + 1]) / 2)]);
            }
        }
    }

    /// <summary>The signed area of a ring (shoelace), in squared units.</summary>
    public static double Area(IReadOnlyList<(double X, double Y)> ring)
    {
        var sum = 0.0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            sum += (ring[j].X * ring[i].Y) - (ring[i].X * ring[j].Y);
        }

        return sum / 2;
    }

    /// <summary>The centre of mass of a ring.</summary>
    public static (double X, double Y) Centroid(IReadOnlyList<(double X, double Y)> ring)
    {
        var (cx, cy, a) = (0.0, 0.0, 0.0);
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var cross = (ring[j].X * ring[i].Y) - (ring[i].X * ring[j].Y);
            (cx, cy, a) = (cx + ((ring[j].X + ring[i].X) * cross), cy + ((ring[j].Y + ring[i].Y) * cross), a + cross);
        }

        return Math.Abs(a) < 1e-9 ? ring[0] : (cx / (3 * a), cy / (3 * a));
    }

    public static Box Bounds(IEnumerable<(double X, double Y)> points)
    {
        var (l, t, r, b) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var (x, y) in points)
        {
            (l, t, r, b) = (Math.Min(l, x), Math.Min(t, y), Math.Max(r, x), Math.Max(b, y));
        }

        return new Box(l, t, r, b);
    }

    private bool ReachesFarSide(int arc) => _topology.Arcs[arc].Any(p => !_projector.IsNear(p));

    private static GeoPoint Antipode(GeoPoint p) => new(-p.Latitude, p.Longitude > 0 ? p.Longitude - 180 : p.Longitude + 180);
}
