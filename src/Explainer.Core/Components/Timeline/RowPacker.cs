namespace Explainer.Components.Timeline;

/// <summary>A label's horizontal extent on the axis, in user units.</summary>
public readonly record struct Span(double Left, double Right)
{
    /// <summary>Whether the two come closer than <paramref name="gap"/>; spans with the gap between them do not overlap.</summary>
    public bool Overlaps(Span other, double gap) => Left < other.Right + gap && other.Left < Right + gap;

    /// <summary>Whether <paramref name="x"/> lies in the span grown by <paramref name="gap"/>.</summary>
    public bool Covers(double x, double gap) => x > Left - gap && x < Right + gap;
}

/// <summary>
/// A label to pack: the ways it can be drawn, best first (a box each: the whole title right of its
/// pole, left of it, then cut shorter…), and its pole, the line from its dot on the axis up to its
/// row; null for a label without one.
/// </summary>
public sealed record PackItem(IReadOnlyList<Span> Choices, double? Pole);

/// <summary>Where a label went: its row (0 nearest the axis) and the choice drawn; row -1 when it found no room.</summary>
public readonly record struct Packed(int Row, int Choice)
{
    public static readonly Packed None = new(-1, -1);
}

/// <summary>
/// Packs labels into rows as TimelineJS3's <c>_computeRowInfo</c> does: each label goes to the first
/// row where it overlaps no label already there (with a gap between). Poles run from the axis through
/// the rows below their label, so a label may not stand in a higher label's pole, nor its pole cross
/// a lower label. That makes the order matter: first the labels go, those that can stand clear of
/// every other pole first, each in the way that covers the fewest poles; then each takes the best
/// way that still fits among the others, in the lowest row it can. A label that would need a row
/// beyond the limit gets none: its dot stays, unlabelled.
/// </summary>
public static class RowPacker
{
    public static Packed[] Pack(IReadOnlyList<PackItem> items, double gap, int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gap);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var poles = items.Select(i => i.Pole).ToList();
        int Covered(int item, Span box) => poles.Where((p, j) => j != item && p is { } x && box.Covers(x, gap / 2)).Count();

        var result = Enumerable.Repeat(Packed.None, items.Count).ToArray();
        var byCover = items.Select((item, i) => item.Choices.Select((box, c) => (Choice: c, Covers: Covered(i, box))).OrderBy(c => c.Covers).ToList()).ToList();
        var first = Enumerable.Range(0, items.Count).OrderBy(i => byCover[i].Count == 0 ? int.MaxValue : byCover[i][0].Covers).ToList();
        foreach (var i in first)
        {
            result[i] = FirstFit(i, byCover[i].Select(c => c.Choice));
        }

        // Then each label, in the same order, takes the best way that fits among the others.
        foreach (var i in first)
        {
            var current = result[i];
            result[i] = Packed.None;
            var better = FirstFit(i, Enumerable.Range(0, current.Row < 0 ? items[i].Choices.Count : current.Choice));
            result[i] = better.Row >= 0 ? better : current;
        }

        return result;

        Packed FirstFit(int i, IEnumerable<int> choices)
        {
            var top = Math.Min(maxRows, result.Where(r => r.Row >= 0).Select(r => r.Row + 2).DefaultIfEmpty(1).Max());
            foreach (var choice in choices)
            {
                for (var row = 0; row < top; row++)
                {
                    if (Fits(i, items[i].Choices[choice], row))
                    {
                        return new Packed(row, choice);
                    }
                }
            }

            return Packed.None;
        }

        bool Fits(int i, Span box, int row) => Enumerable.Range(0, items.Count).All(j =>
        {
            if (j == i || result[j].Row < 0)
            {
                return true;
            }

            var (other, otherRow) = (items[j].Choices[result[j].Choice], result[j].Row);
            return (otherRow != row || !other.Overlaps(box, gap))
                && (otherRow >= row || items[i].Pole is not { } x || !other.Covers(x, gap / 2))
                && (otherRow <= row || items[j].Pole is not { } q || !box.Covers(q, gap / 2));
        });
    }
}
