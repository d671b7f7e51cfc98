using System.Globalization;
using Explainer.Components.Maps;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Media;

/// <summary>
/// The part of an image a scene step zooms to: <c>[x, y, width, height]</c> in percent of the
/// image, from its top left corner.
/// </summary>
public readonly record struct ImageRegion(double X, double Y, double Width, double Height)
{
    /// <summary>The most a region zooms in: a tenth of the image is as far as a picture's pixels bear it.</summary>
    public const double MaxZoom = 10;

    /// <summary>The whole image.</summary>
    public static readonly ImageRegion Whole = new(0, 0, 100, 100);

    /// <summary>
    /// How the image is shown for the region: scaled by <c>K</c> so that the whole region fits the
    /// image's frame, with the point <c>(Fx, Fy)</c> (percent of the image) at the frame's centre,
    /// moved in from the edges so that the frame never shows past the image.
    /// </summary>
    public (double K, double Fx, double Fy) View
    {
        get
        {
            var k = Math.Min(MaxZoom, Math.Min(100 / Width, 100 / Height));
            var half = 50 / k;
            return (k, Math.Clamp(X + (Width / 2), half, 100 - half), Math.Clamp(Y + (Height / 2), half, 100 - half));
        }
    }

    /// <summary>The view as the scene's script and the CSS read it: <c>k fx fy</c>.</summary>
    public string ViewText
    {
        get
        {
            var (k, fx, fy) = View;
            return $"{Number(k)} {Number(fx)} {Number(fy)}";
        }
    }

    /// <summary>The view as CSS custom properties, as the graphic's frame is given it (media.css).</summary>
    public string Style
    {
        get
        {
            var (k, fx, fy) = View;
            return $"--k:{Number(k)};--fx:{Number(fx)};--fy:{Number(fy)}";
        }
    }

    /// <summary>The region as written, for telling two states apart.</summary>
    public string Canonical => string.Join(",", new[] { X, Y, Width, Height }.Select(n => n.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>
    /// The <c>sizes</c> of an image drawn <paramref name="zoom"/> times as wide as <paramref name="sizes"/>
    /// says: each length of the list scaled, so that the browser picks a wider variant when zoomed in.
    /// </summary>
    public static string ZoomSizes(string sizes, double zoom) => zoom == 1 ? sizes : string.Join(", ", sizes.Split(',').Select(entry =>
    {
        var trimmed = entry.Trim();
        var cut = trimmed.LastIndexOf(' ') + 1;
        return $"{trimmed[..cut]}calc({trimmed[cut..]} * {Number(zoom)})";
    }));

    /// <summary>Reads <c>[x, y, width, height]</c> at <paramref name="key"/>; errors are reported and give null.</summary>
    public static ImageRegion? Read(YamlMap map, string key, string what)
    {
        var node = map.NodeOf(key)!;
        if (node is not YamlSequenceNode { Children.Count: 4 } list)
        {
            map.Context.Error(node, ErrorCodes.WrongType, $"{what} must be a list of four numbers in percent of the image: [x, y, width, height]");
            return null;
        }

        var numbers = list.Children.Select((n, i) => MapSpec.Number(map, n, $"{what}: {Names[i]}")).ToList();
        if (numbers.Any(n => n is null))
        {
            return null;
        }

        var (x, y, w, h) = (numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value);
        string? problem =
            numbers.Any(n => n < 0 || n > 100) ? "each number is a percentage of the image, from 0 to 100"
            : w <= 0 || h <= 0 ? "width and height must be more than 0"
            : x + w > 100 ? "x + width is more than 100: the region runs past the image's right edge"
            : y + h > 100 ? "y + height is more than 100: the region runs past the image's bottom edge"
            : null;
        if (problem is not null)
        {
            map.Context.Error(node, ErrorCodes.InvalidValue, $"{what} [{string.Join(", ", numbers.Select(n => n!.Value.ToString(CultureInfo.InvariantCulture)))}]: {problem}");
            return null;
        }

        return new ImageRegion(x, y, w, h);
    }

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Names = ["x", "y", "width", "height"];
}
