using System.Globalization;
using System.Text;

namespace Explainer.Components.Maps;

/// <summary>
/// Writes projected rings and lines as the <c>d</c> of an SVG path: rounded to tenths of a map unit,
/// relative after the first point, invariant culture, so the same geometry always gives the same
/// bytes. A point that rounds onto the one before is left out.
/// </summary>
public sealed class SvgPath
{
    private readonly StringBuilder _d = new();
    private readonly int _factor;

    /// <summary>Path data with <paramref name="decimals"/> decimals (0 or 1): whole units for a map drawn at its own scale, tenths for finer geometry that is zoomed into.</summary>
    public SvgPath(int decimals = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(decimals is 0 or 1, true, nameof(decimals));
        _factor = decimals == 0 ? 1 : 10;
    }

    /// <summary>Whether nothing has been drawn.</summary>
    public bool IsEmpty => _d.Length == 0;

    /// <summary>Adds a closed ring (<c>M … z</c>).</summary>
    public SvgPath Ring(IEnumerable<(double X, double Y)> points) => Add(points, close: true);

    /// <summary>Adds an open line (<c>M …</c>).</summary>
    public SvgPath Line(IEnumerable<(double X, double Y)> points) => Add(points, close: false);

    public override string ToString() => _d.ToString();

    private SvgPath Add(IEnumerable<(double X, double Y)> points, bool close)
    {
        long px = 0, py = 0;
        var count = 0;
        var start = _d.Length;
        foreach (var (x, y) in points)
        {
            var (qx, qy) = (Quantize(x), Quantize(y));
            if (count == 0)
            {
                _d.Append(_d.Length == 0 ? "M" : " M").Append(Number(qx)).Append(',').Append(Number(qy));
            }
            else if (qx != px || qy != py)
            {
                // Relative moves: a minus sign separates numbers by itself, so only a positive one needs a comma.
                _d.Append(count == 1 ? "l" : string.Empty).Append(Signed(qx - px, first: count == 1)).Append(Signed(qy - py, first: false));
            }
            else
            {
                continue;
            }

            (px, py) = (qx, qy);
            count++;
        }

        if (count < (close ? 3 : 2))
        {
            _d.Length = start; // nothing left to draw once rounded
            return this;
        }

        if (close)
        {
            _d.Append('z');
        }

        return this;
    }

    private long Quantize(double value) => (long)Math.Round(value * _factor, MidpointRounding.AwayFromZero);

    private string Number(long units) =>
        ((decimal)units / _factor).ToString("0.#", CultureInfo.InvariantCulture);

    private string Signed(long units, bool first)
    {
        var text = Number(units);
        return units < 0 || first ? text : "," + text;
    }
}
