using Explainer.Components.Maps;
using Explainer.Templates;

namespace Explainer.Components.Timeline;

/// <summary>An event as the axis draws it: its id (the <c>data-id</c> a scene focuses by), its dates, and the words of its label.</summary>
public sealed record AxisEvent(string Id, PartialDate Date, PartialDate? End, string Label);

/// <summary>
/// The timeline's axis, drawn when the site is built: the events on a <see cref="TimeScale"/>, calendar
/// ticks, breaks drawn as <c>//</c> and told in words, spans as bars, and the events' titles packed in
/// rows above. It is decoration for the eye (<c>aria-hidden</c>, nothing focusable): the list beside it
/// says everything, breaks included.
/// </summary>
/// <remarks>
/// Labels must be at least 12 CSS px from 320 to 1280 px wide and never overlap. As with maps, the
/// SVG is 640 units wide and the CSS sets the font size in units (<c>--fs</c>) by the width of its
/// container (axis.css); labels are placed for the largest size a layout can get, so they fit
/// at every smaller one. There are two layouts, each its own SVG, and the CSS shows the one for the
/// width: below 400 px (placed at 32 units, at most two rows of labels: a phone), and from 400 px
/// (placed at 19.5 units, in up to eight rows). Dots, bars and breaks are the same in both.
/// A scene's printed step carries the narrow one alone (<see cref="CompactHtml"/>). See docs/timeline.md.
/// </remarks>
public sealed partial class TimeAxis
{
    /// <summary>The width of the axis in user units.</summary>
    public const double Width = 640;

    /// <summary>Where dots go (room at both ends for a centred year), a break's width, and the least distance between two dots.</summary>
    public static readonly AxisRoom Room = new(44, Width - 44, 64, 28);

    /// <summary>The layouts: the CSS class that shows it, the font size it is placed for, and its rows of labels (more than eight would be a wall of words).</summary>
    public static readonly IReadOnlyList<AxisLayout> Layouts = [new("narrow", 32, 2), new("wide", 19.5, 8)];

    /// <summary>The widest a label may be, as a share of the width: a longer title is cut after a word.</summary>
    public const double MaxLabelShare = 0.75;

    /// <summary>Bold text (an event in focus) is a little wider than the estimate of regular text.</summary>
    public const double BoldFactor = 1.05;

    private readonly IReadOnlyList<AxisEvent> _events;
    private readonly IReadOnlyList<LaidOut> _laidOut;

    private TimeAxis(IReadOnlyList<AxisEvent> events, TimeScale scale, IReadOnlyList<string?> gaps, IReadOnlyList<LaidOut> laidOut)
    {
        _events = events;
        Scale = scale;
        GapBefore = gaps;
        _laidOut = laidOut;
    }

    public TimeScale Scale { get; }

    /// <summary>For each event, in input order: the words of the break before it ("19 Jahre später"), or null. The list says them too.</summary>
    public IReadOnlyList<string?> GapBefore { get; }

    /// <summary>Lays out the axis of <paramref name="events"/> (in date order) in every layout; <paramref name="strings"/> gives the UI strings of the article's language.</summary>
    public static TimeAxis Draw(IReadOnlyList<AxisEvent> events, string language, Func<string, string> strings)
    {
        var scale = TimeScale.Build([.. events.Select(e => DayRange.Of(e.Date, e.End))], Room);
        var gaps = new string?[events.Count];
        foreach (var b in scale.Breaks)
        {
            gaps[b.After] = TimeGap.Between(events[b.Before].Date, events[b.After].Date).Words(strings);
        }

        var laidOut = Layouts.Select(layout => LayOut(layout, events, scale, gaps, language)).ToList();
        return new TimeAxis(events, scale, gaps, laidOut);
    }

    /// <summary>The axis as HTML: one SVG per layout in a wrapper hidden from assistive technology; the event <paramref name="focus"/> (an id) in focus, if any.</summary>
    public HtmlString Html(string? focus) =>
        new("<div class=\"timeline-axis\" aria-hidden=\"true\">" + string.Concat(_laidOut.Select(l => Svg(l, focus))) + "</div>");

    /// <summary>
    /// The axis in the narrow layout only, at every width (its labels fit every smaller size): the
    /// printed state of a scene step, one of several on a page, at half the bytes.
    /// </summary>
    public HtmlString CompactHtml(string focus) =>
        new("<div class=\"timeline-axis timeline-axis--compact\" aria-hidden=\"true\">" + Svg(_laidOut[0], focus) + "</div>");

    /// <summary>What a layout (an index of <see cref="Layouts"/>) writes: its labels, ticks and words, for tests to measure.</summary>
    internal LaidOut LaidOutIn(int layout) => _laidOut[layout];

    /// <summary>
    /// The ways a label can be written, longest first: the whole title, then its first words with an
    /// ellipsis, down to two words ("Erstes…" says nothing), each at most <paramref name="maxWidth"/> wide
    /// at <paramref name="fontSize"/> (bold).
    /// </summary>
    public static IEnumerable<string> Cuts(string text, double fontSize, double maxWidth)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length; k >= Math.Min(2, words.Length); k--)
        {
            var cut = k == words.Length ? text : string.Join(' ', words[..k]).TrimEnd(',', ';', ':', '–', '-', '.') + "…";
            if (LabelWidth(cut, fontSize) <= maxWidth)
            {
                yield return cut;
            }
        }
    }

    /// <summary>The estimated width of a label's text, bold (an event in focus).</summary>
    public static double LabelWidth(string text, double fontSize) => LabelPlacer.TextWidth(text, fontSize) * BoldFactor;

    private static LaidOut LayOut(AxisLayout layout, IReadOnlyList<AxisEvent> events, TimeScale scale, IReadOnlyList<string?> gaps, string language)
    {
        var fs = layout.FontSize;
        var flag = FlagEm * fs;

        // A label is a flag on its dot's pole, right or left of it: the whole title, or cut after a word
        // (longest first, flying towards the middle first). The packer keeps poles clear of labels.
        var gap = GapEm * fs;
        var order = Enumerable.Range(0, events.Count).OrderBy(i => Math.Abs(scale.Dots[i] - (Width / 2))).ThenBy(i => scale.Dots[i]).ToList();
        var choices = order.Select(i =>
        {
            var x = scale.Dots[i];
            return Cuts(events[i].Label, fs, Math.Min(MaxLabelShare * Width, Math.Max(x, Width - x)) - flag)
                .SelectMany(text => new[] { x <= Width / 2, x > Width / 2 }.Select(right =>
                {
                    var width = LabelWidth(text, fs) + flag;
                    return new AxisLabel(i, text, right ? new Span(x, x + width) : new Span(x - width, x), right, 0);
                }))
                .Where(c => c.Box.Left >= 0 && c.Box.Right <= Width)
                .ToList();
        }).ToList();
        var packed = RowPacker.Pack([.. order.Select((i, k) => new PackItem([.. choices[k].Select(c => c.Box)], scale.Dots[i]))], gap, layout.MaxRows);
        var labels = packed.Select((p, k) => p.Row < 0 ? null : choices[k][p.Choice] with { Row = p.Row }).OfType<AxisLabel>().OrderBy(l => l.Event).ToList();

        var ticks = CalendarTicks.For(scale.Segments, language, fs, Width, gap);
        var breakWords = scale.Breaks.Select(b =>
        {
            var text = gaps[b.After]!;
            var width = LabelPlacer.TextWidth(text, fs);
            var left = Math.Clamp(b.Centre - (width / 2), 0, Math.Max(0, Width - width));
            return (Text: text, Box: new Span(left, left + width));
        }).ToList();
        var gapRows = RowPacker.Pack([.. breakWords.Select(w => new PackItem([w.Box], null))], gap, int.MaxValue).Select(p => p.Row).ToArray();

        var labelRows = labels.Count == 0 ? 0 : labels.Max(l => l.Row) + 1;
        var axisY = (TopEm * fs) + (labelRows * RowEm * fs) + (ClearEm * fs);
        var below = TickTopEm + BoxEm + (gapRows.Length == 0 ? 0 : GapRowEm + (RowEm * (gapRows.Max() + 1))) + TopEm;
        return new LaidOut(layout, axisY, axisY + (below * fs), labels, ticks, [.. breakWords.Select((w, k) => (w.Text, w.Box, gapRows[k]))]);
    }

    /// <summary>A layout of the axis: <paramref name="Name"/> is its CSS modifier, <paramref name="FontSize"/> the font size its labels are placed for.</summary>
    public sealed record AxisLayout(string Name, double FontSize, int MaxRows);

    /// <summary>An event's label: the event's index, its words, its extent, which side of the pole it flies, its row (0 nearest the axis).</summary>
    internal sealed record AxisLabel(int Event, string Text, Span Box, bool ToRight, int Row);

    /// <summary>A layout worked out: where the axis runs, how tall it is, and what it writes.</summary>
    internal sealed record LaidOut(AxisLayout Layout, double AxisY, double Height, IReadOnlyList<AxisLabel> Labels, IReadOnlyList<AxisTick> Ticks, IReadOnlyList<(string Text, Span Box, int Row)> Gaps);
}
