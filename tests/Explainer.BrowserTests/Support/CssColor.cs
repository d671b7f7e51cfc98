using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.BrowserTests.Support;

/// <summary>An sRGB colour as getComputedStyle writes it (<c>rgb(…)</c> or <c>rgba(…)</c>), and WCAG contrast.</summary>
public readonly partial record struct CssColor(double R, double G, double B, double A)
{
    public static CssColor? Parse(string text)
    {
        var match = RgbPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        double Part(int i) => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return new CssColor(Part(1), Part(2), Part(3), match.Groups[4].Success ? Part(4) : 1);
    }

    /// <summary>The WCAG 2 contrast ratio, 1 to 21.</summary>
    public static double Contrast(CssColor a, CssColor b)
    {
        var (la, lb) = (a.Luminance(), b.Luminance());
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private double Luminance()
    {
        static double Channel(double c)
        {
            c /= 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(R)) + (0.7152 * Channel(G)) + (0.0722 * Channel(B));
    }

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)")]
    private static partial Regex RgbPattern();
}
