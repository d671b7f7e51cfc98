using System.Globalization;
using System.Text;
using Explainer.Templates;

namespace Explainer.Components.Timeline;

/// <summary>The axis written as SVG, one layout at a time. Sizes are in em of the layout's font size, so a layout scales as one.</summary>
public sealed partial class TimeAxis
{
    /// <summary>Space between a label's pole and its text, and between labels in a row.</summary>
    private const double FlagEm = 0.3, GapEm = 0.5;

    /// <summary>A label's box, the distance from one row to the next, and the room above the top row and below the last.</summary>
    private const double BoxEm = 1.2, RowEm = 1.3, TopEm = 0.25;

    /// <summary>From the axis to the bottom of the first row of labels: room for a dot in focus (0.5 em, timeline.css).</summary>
    private const double ClearEm = 0.75;

    /// <summary>From the axis to the top of the tick labels, and from those to the break's words.</summary>
    private const double TickTopEm = 0.45, GapRowEm = 0.15;

    /// <summary>A label's baseline below its box's top (as the map's labels, LabelPlacer.BaselineEm).</summary>
    private const double BaselineEm = 0.95;

    /// <summary>A tick's length, a break's half-height and the axis' gap at a break.</summary>
    private const double TickEm = 0.3, BreakEm = 0.35, BreakGapEm = 0.2;

    private string Svg(LaidOut l, string? focus)
    {
        var fs = l.Layout.FontSize;
        var y = l.AxisY;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline-axis__{l.Layout.Name}\" viewBox=\"0 0 {Width} {N(l.Height)}\">");

        // The axis, interrupted at each break, where two slanted strokes mark it.
        var line = new StringBuilder();
        var marks = new StringBuilder();
        var start = Math.Max(0, Room.Left - fs);
        foreach (var b in Scale.Breaks)
        {
            line.Append(CultureInfo.InvariantCulture, $"M{N(start)} {N(y)}H{N(b.Centre - (BreakGapEm * fs))}");
            start = b.Centre + (BreakGapEm * fs);
            foreach (var x in new[] { b.Centre - (BreakGapEm * fs), start })
            {
                marks.Append(CultureInfo.InvariantCulture, $"M{N(x - (BreakEm * fs / 2))} {N(y + (BreakEm * fs))}l{N(BreakEm * fs)}-{N(2 * BreakEm * fs)}");
            }
        }

        line.Append(CultureInfo.InvariantCulture, $"M{N(start)} {N(y)}H{N(Math.Min(Width, Room.Right + fs))}");
        Path(svg, "line", line);
        Path(svg, "break", marks);
        Path(svg, "marks", Join(l.Ticks.Select(t => $"M{N(t.X)} {N(y)}v{N(TickEm * fs)}")));

        // Spans (an end) as bars; a month or a year without an end as a fainter bar over its days.
        var spans = Enumerable.Range(0, _events.Count).Where(i => Scale.Ends[i] - Scale.Dots[i] >= 1).ToList();
        Path(svg, "span", Join(spans.Where(i => _events[i].End is not null).Select(i => Bar(i, y))));
        Path(svg, "vague", Join(spans.Where(i => _events[i].End is null && _events[i].Date.Precision != DatePrecision.Day).Select(i => Bar(i, y))));
        Path(svg, "poles", Join(l.Labels.Select(a => $"M{N(Scale.Dots[a.Event])} {N(y)}V{N(RowTop(l, a.Row) + (0.25 * fs))}")));

        // Dots on the axis; their radius is the CSS's (0.3 em of the labels, more in focus).
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"timeline-axis__dots\" transform=\"translate(0 {N(y)})\">");
        foreach (var i in Enumerable.Range(0, _events.Count).OrderBy(i => Scale.Dots[i]))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle{Focus(i, focus)} data-id=\"{_events[i].Id}\" cx=\"{N(Scale.Dots[i])}\"/>");
        }

        // Texts sit on a baseline BaselineEm below their box's top at the layout's font size; a smaller font stays inside the box.
        var tickTop = y + (TickTopEm * fs);
        svg.Append("</g><g class=\"timeline-axis__ticks\" text-anchor=\"middle\">");
        foreach (var tick in l.Ticks)
        {
            Text(svg, string.Empty, (tick.Box.Left + tick.Box.Right) / 2, tickTop + (BaselineEm * fs), tick.Text);
        }

        svg.Append("</g><g class=\"timeline-axis__gaps\" text-anchor=\"middle\">");
        foreach (var (text, box, row) in l.Gaps)
        {
            Text(svg, string.Empty, (box.Left + box.Right) / 2, tickTop + ((BoxEm + GapRowEm + (row * RowEm) + BaselineEm) * fs), text);
        }

        // Labels right of their pole, then those left of it; the flag's gap is at the layout's size, a little wider than the text's at a smaller one.
        foreach (var right in new[] { true, false })
        {
            svg.Append(right ? "</g><g class=\"timeline-axis__labels\">" : "</g><g class=\"timeline-axis__labels\" text-anchor=\"end\">");
            foreach (var a in l.Labels.Where(a => a.ToRight == right))
            {
                var x = Scale.Dots[a.Event] + ((right ? FlagEm : -FlagEm) * fs);
                Text(svg, $"{Focus(a.Event, focus)} data-id=\"{_events[a.Event].Id}\"", x, RowTop(l, a.Row) + (BaselineEm * fs), a.Text);
            }
        }

        return svg.Append("</g></svg>").ToString();
    }

    private string Bar(int i, double y) => $"M{N(Scale.Dots[i])} {N(y)}H{N(Scale.Ends[i])}";

    private string Focus(int i, string? focus) => _events[i].Id == focus ? " class=\"is-focus\"" : string.Empty;

    /// <summary>The top of a row of labels' boxes: row 0 is nearest the axis.</summary>
    private static double RowTop(LaidOut l, int row) =>
        l.AxisY - ((ClearEm + (row * RowEm) + BoxEm) * l.Layout.FontSize);

    private static void Text(StringBuilder svg, string attributes, double x, double baseline, string text) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text{attributes} x=\"{N(x)}\" y=\"{N(baseline)}\">").Append(HtmlEscaper.Escape(text)).Append("</text>");

    private static void Path(StringBuilder svg, string kind, StringBuilder d)
    {
        if (d.Length > 0)
        {
            svg.Append("<path class=\"timeline-axis__").Append(kind).Append("\" d=\"").Append(d).Append("\"/>");
        }
    }

    private static StringBuilder Join(IEnumerable<string> parts) => new(string.Concat(parts));

    /// <summary>A coordinate in whole units: half a CSS px at most on a phone, where the SVG is drawn at half its size.</summary>
    private static string N(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
