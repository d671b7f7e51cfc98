namespace Explainer.Components.Maps;

/// <summary>
/// The Lambert azimuthal equal-area projection of the unit sphere, centred on a point (Snyder 1987,
/// "Map Projections: A Working Manual", pp. 182–187): areas keep their proportions, and only sines
/// and cosines of the longitude difference are taken, so shapes that cross ±180° (Russia, Fiji)
/// need no special case. It is singular only at the centre's antipode; the far hemisphere is
/// culled (<see cref="IsNearSide"/>). Map y grows to the south, as SVG's does.
/// </summary>
public sealed class AzimuthalEqualArea
{
    private readonly double _sinφ1;
    private readonly double _cosφ1;
    private readonly double _λ0;

    public AzimuthalEqualArea(GeoPoint centre)
    {
        Centre = centre;
        var (φ1, λ0) = centre.Radians();
        (_sinφ1, _cosφ1, _λ0) = (Math.Sin(φ1), Math.Cos(φ1), λ0);
    }

    public GeoPoint Centre { get; }

    /// <summary>The radius, in projected units, of the hemisphere around the centre (c = 90°): √2.</summary>
    public static readonly double HemisphereRadius = Math.Sqrt(2);

    /// <summary>The cosine of the angular distance from the centre: negative on the far hemisphere.</summary>
    public double CosDistance(GeoPoint point)
    {
        var (φ, λ) = point.Radians();
        return (_sinφ1 * Math.Sin(φ)) + (_cosφ1 * Math.Cos(φ) * Math.Cos(λ - _λ0));
    }

    /// <summary>True when <paramref name="point"/> lies on the hemisphere around the centre (within 90°).</summary>
    public bool IsNearSide(GeoPoint point) => CosDistance(point) >= 0;

    /// <summary>The projected point on the unit sphere: the centre is (0, 0), north is up (y negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">At the centre's antipode, where the projection is undefined.</exception>
    public (double X, double Y) Project(GeoPoint point)
    {
        var (φ, λ) = point.Radians();
        var cosc = (_sinφ1 * Math.Sin(φ)) + (_cosφ1 * Math.Cos(φ) * Math.Cos(λ - _λ0));
        if (cosc <= -1 + 1e-12)
        {
            throw new ArgumentOutOfRangeException(nameof(point), point, "the antipode of the projection's centre has no place on the map");
        }

        var k = Math.Sqrt(2 / (1 + cosc));
        var x = k * Math.Cos(φ) * Math.Sin(λ - _λ0);
        var y = k * ((_cosφ1 * Math.Sin(φ)) - (_sinφ1 * Math.Cos(φ) * Math.Cos(λ - _λ0)));
        return (x, -y);
    }
}
