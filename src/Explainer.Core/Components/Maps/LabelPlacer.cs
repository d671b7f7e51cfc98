using System.Globalization;
using System.Text;

namespace Explainer.Components.Maps;

/// <summary>
/// Where a label sits around its anchor, in the order they are tried (Yoeli/Slocum: UR, LR, UL, LL,
/// UC, LC, CR, CL). <see cref="Centre"/> is only for anchors without a marker (country names).
/// </summary>
public enum LabelPosition
{
    UpperRight,
    LowerRight,
    UpperLeft,
    LowerLeft,
    Above,
    Below,
    Right,
    Left,
    Centre,
}

/// <summary>
/// A label to place: its anchor (a marker's centre, or a country's label point with
/// <paramref name="MarkerRadius"/> 0), the size of its text box, and its priority (higher first).
/// </summary>
public sealed record Label(string Id, double X, double Y, double Width, double Height, int Priority, double MarkerRadius);

/// <summary>
/// A placed label: its box, and how to draw the text into it:
/// <c>&lt;text x="X" y="Y" dx="{Dx}em" dy="{Dy}em" text-anchor="{TextAnchor}"&gt;</c>, with the
/// anchor's X and Y. <paramref name="TextAnchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>.
/// </summary>
public sealed record PlacedLabel(Label Label, LabelPosition Position, Box Box, string TextAnchor, double Dx, double Dy);

/// <summary>
/// Places labels around their anchors, greedy first fit (as MapServer, Vega): labels by priority,
/// then input order; for each the first position whose box, grown by the gap, stays in the frame
/// and clears the obstacles, the labels placed so far and every other label's marker.
/// </summary>
/// <remarks>
/// Offsets are in em, so a map that zooms and counter-scales its font keeps each label the same
/// distance from its marker (which is counter-scaled too). The text's baseline is taken to lie
/// <see cref="BaselineEm"/> below the box's top, as a UI sans-serif's ascent is (DejaVu Sans 0.93,
/// Roboto 0.93, Segoe UI 0.92 em); the caller makes the box 1.2 em high, which leaves room for the
/// descent (about 0.24 em) below.
/// </remarks>
public static class LabelPlacer
{
    /// <summary>The baseline's distance below the label box's top, in em.</summary>
    public const double BaselineEm = 0.95;

    private const double SafetyMargin = 1.1;

    private static readonly LabelPosition[] AroundMarker =
    [
        LabelPosition.UpperRight, LabelPosition.LowerRight, LabelPosition.UpperLeft, LabelPosition.LowerLeft,
        LabelPosition.Above, LabelPosition.Below, LabelPosition.Right, LabelPosition.Left,
    ];

    private static readonly LabelPosition[] OnPoint = [LabelPosition.Centre];

    /// <summary>
    /// Places <paramref name="labels"/> in <paramref name="frame"/>; the placed ones come back in the
    /// order they were placed, the rest (to warn about) in input order. Deterministic.
    /// </summary>
    /// <param name="obstacles">Boxes no label may overlap: inset, scale bar.</param>
    /// <param name="fontSize">The font size in user units, to turn offsets into em.</param>
    /// <param name="gap">Space kept between a label and its marker, the frame and everything else.</param>
    public static (IReadOnlyList<PlacedLabel> Placed, IReadOnlyList<Label> Unplaced) Place(
        IEnumerable<Label> labels, Box frame, IEnumerable<Box> obstacles, double fontSize, double gap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fontSize);
        ArgumentOutOfRangeException.ThrowIfNegative(gap);

        var all = labels.ToList();
        var blocked = obstacles.ToList();
        var placed = new List<PlacedLabel>(all.Count);
        var unplacedAt = new List<int>();

        // OrderByDescending is stable: equal priorities keep their input order.
        foreach (var i in Enumerable.Range(0, all.Count).OrderByDescending(i => all[i].Priority))
        {
            var label = all[i];
            var choice = Positions(label)
                .Select(position => At(label, position, fontSize, gap))
                .FirstOrDefault(candidate => Fits(candidate.Box.Grow(gap), i));
            if (choice is null)
            {
                unplacedAt.Add(i);
            }
            else
            {
                placed.Add(choice);
            }
        }

        unplacedAt.Sort();
        return (placed, unplacedAt.Select(i => all[i]).ToList());

        bool Fits(Box grown, int self) =>
            grown.Inside(frame)
            && !blocked.Any(grown.Overlaps)
            && !placed.Any(p => grown.Overlaps(p.Box))
            && !all.Where((other, j) => j != self && other.MarkerRadius > 0).Any(other => grown.Overlaps(Marker(other)));
    }

    /// <summary>
    /// The label at <paramref name="position"/>, unchecked. A side or centred box keeps marker radius
    /// plus gap from the anchor; a diagonal box has its near corner that far out along the diagonal,
    /// (radius + gap)·√½ in each axis, as Vega's label transform does.
    /// </summary>
    public static PlacedLabel At(Label label, LabelPosition position, double fontSize, double gap)
    {
        var (x, y, w, h) = (label.X, label.Y, label.Width, label.Height);
        var d = label.MarkerRadius + gap;
        var o = d * Math.Sqrt(0.5);
        var box = position switch
        {
            LabelPosition.UpperRight => new Box(x + o, y - o - h, x + o + w, y - o),
            LabelPosition.LowerRight => new Box(x + o, y + o, x + o + w, y + o + h),
            LabelPosition.UpperLeft => new Box(x - o - w, y - o - h, x - o, y - o),
            LabelPosition.LowerLeft => new Box(x - o - w, y + o, x - o, y + o + h),
            LabelPosition.Above => new Box(x - (w / 2), y - d - h, x + (w / 2), y - d),
            LabelPosition.Below => new Box(x - (w / 2), y + d, x + (w / 2), y + d + h),
            LabelPosition.Right => new Box(x + d, y - (h / 2), x + d + w, y + (h / 2)),
            LabelPosition.Left => new Box(x - d - w, y - (h / 2), x - d, y + (h / 2)),
            LabelPosition.Centre => new Box(x - (w / 2), y - (h / 2), x + (w / 2), y + (h / 2)),
            _ => throw new ArgumentOutOfRangeException(nameof(position), position, null),
        };

        // text-anchor fixes one x of the box: its left (start), centre (middle) or right (end).
        var (textAnchor, textX) = position switch
        {
            LabelPosition.UpperRight or LabelPosition.LowerRight or LabelPosition.Right => ("start", box.Left),
            LabelPosition.UpperLeft or LabelPosition.LowerLeft or LabelPosition.Left => ("end", box.Right),
            _ => ("middle", (box.Left + box.Right) / 2),
        };

        // The baseline is at y + dy·fs and lies BaselineEm below the box's top.
        var dx = (textX - x) / fontSize;
        var dy = ((box.Top - y) / fontSize) + BaselineEm;
        return new PlacedLabel(label, position, box, textAnchor, dx, dy);
    }

    /// <summary>
    /// Estimated width of <paramref name="text"/> in a sans-serif UI font, without measuring: a
    /// per-character advance in em, summed, plus 10 %. The reader's font differs; the browser tests
    /// check the boxes as rendered.
    /// </summary>
    public static double TextWidth(string text, double fontSize)
    {
        var em = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            em += Advance(rune);
        }

        return em * fontSize * SafetyMargin;
    }

    private static Box Marker(Label label) =>
        new(label.X - label.MarkerRadius, label.Y - label.MarkerRadius, label.X + label.MarkerRadius, label.Y + label.MarkerRadius);

    private static LabelPosition[] Positions(Label label) => label.MarkerRadius > 0 ? AroundMarker : OnPoint;

    /// <summary>The advance of one character in em, close to Arial/Helvetica, rounded up.</summary>
    private static double Advance(Rune rune)
    {
        if (rune.IsAscii)
        {
            return Ascii((char)rune.Value);
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        if (IsWideEastAsian(rune.Value))
        {
            return 1.0;
        }

        // A Latin letter with diacritics (ö, é, ł is not decomposable and falls through) is as wide as its base letter.
        if (Rune.IsLetter(rune) && (rune.Value <= 0x24F || rune.Value is >= 0x1E00 and <= 0x1EFF))
        {
            var decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed[0] < 128)
            {
                return Ascii(decomposed[0]);
            }
        }

        return Rune.IsLetter(rune) ? 0.6 : 0.55;
    }

    private static double Ascii(char c) => c switch
    {
        ' ' => 0.28,
        'i' or 'l' or 'j' or '\'' or '|' or '!' => 0.25,
        't' or 'f' or 'r' or '.' or ',' or ';' or ':' or '-' or '(' or ')' or '/' => 0.33,
        'I' => 0.3,
        'J' => 0.5,
        'm' or 'w' => 0.85,
        'M' or 'W' => 0.9,
        >= '0' and <= '9' => 0.55,
        >= 'a' and <= 'z' => 0.55,
        >= 'A' and <= 'Z' => 0.68,
        _ => 0.55,
    };

    // Hangul, kana, CJK ideographs and full-width forms take a whole em.
    private static bool IsWideEastAsian(int c) =>
        c is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x9FFF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFF00 and <= 0xFF60
            or >= 0x20000 and <= 0x3FFFD;
}
