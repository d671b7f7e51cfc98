namespace Explainer.Components.Maps;

/// <summary>A place on the earth in degrees: latitude north positive, longitude east positive.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The mean radius of the earth in kilometres (IUGG), for distances and scale bars.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>The great-circle distance to <paramref name="other"/> in kilometres (haversine, stable for near and antipodal points).</summary>
    public double DistanceKm(GeoPoint other) => CentralAngle(other) * EarthRadiusKm;

    /// <summary>The angle at the earth's centre between the two points, in radians.</summary>
    public double CentralAngle(GeoPoint other)
    {
        var (φ1, λ1) = Radians();
        var (φ2, λ2) = other.Radians();
        var h = Sin2((φ2 - φ1) / 2) + (Math.Cos(φ1) * Math.Cos(φ2) * Sin2((λ2 - λ1) / 2));
        return 2 * Math.Asin(Math.Sqrt(Math.Clamp(h, 0, 1)));
    }

    /// <summary>
    /// The points of the great circle from here to <paramref name="to"/>, both ends included, at
    /// most <paramref name="maxStepDegrees"/> apart: a route drawn through them stays on the arc
    /// whatever the projection does to straight lines.
    /// </summary>
    public IReadOnlyList<GeoPoint> GreatCircleTo(GeoPoint to, double maxStepDegrees = 1)
    {
        var angle = CentralAngle(to);
        var steps = Math.Max(1, (int)Math.Ceiling(angle * 180 / Math.PI / maxStepDegrees));
        var (a, b) = (Vector(), to.Vector());
        var points = new List<GeoPoint>(steps + 1) { this };
        for (var i = 1; i < steps; i++)
        {
            // Spherical linear interpolation of the two unit vectors.
            var t = (double)i / steps;
            var (wa, wb) = angle < 1e-12 ? (1 - t, t) : (Math.Sin((1 - t) * angle) / Math.Sin(angle), Math.Sin(t * angle) / Math.Sin(angle));
            points.Add(FromVector((wa * a.X) + (wb * b.X), (wa * a.Y) + (wb * b.Y), (wa * a.Z) + (wb * b.Z)));
        }

        points.Add(to);
        return points;
    }

    internal (double Phi, double Lambda) Radians() => (Latitude * Math.PI / 180, Longitude * Math.PI / 180);

    private (double X, double Y, double Z) Vector()
    {
        var (φ, λ) = Radians();
        return (Math.Cos(φ) * Math.Cos(λ), Math.Cos(φ) * Math.Sin(λ), Math.Sin(φ));
    }

    private static GeoPoint FromVector(double x, double y, double z) =>
        new(Math.Atan2(z, Math.Sqrt((x * x) + (y * y))) * 180 / Math.PI, Math.Atan2(y, x) * 180 / Math.PI);

    private static double Sin2(double x) => Math.Sin(x) * Math.Sin(x);
}
