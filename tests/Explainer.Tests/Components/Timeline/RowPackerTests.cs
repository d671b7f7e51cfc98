using Explainer.Components.Timeline;

namespace Explainer.Tests.Components.Timeline;

/// <summary>Labels packed into rows: never overlapping, never crossed by a pole, never beyond the rows allowed.</summary>
public sealed class RowPackerTests
{
    private const double Gap = 8;

    private static PackItem Flag(double pole, double width) => new([new Span(pole, pole + width)], pole);

    /// <summary>Every rule the packing keeps, checked on its result.</summary>
    private static void AssertClean(IReadOnlyList<PackItem> items, Packed[] packed, int maxRows)
    {
        var placed = items.Select((item, i) => (Item: item, At: packed[i])).Where(p => p.At.Row >= 0).ToList();
        Assert.All(placed, p => Assert.InRange(p.At.Row, 0, maxRows - 1));
        foreach (var a in placed)
        {
            var box = a.Item.Choices[a.At.Choice];
            foreach (var b in placed.Where(b => !ReferenceEquals(a.Item, b.Item)))
            {
                var other = b.Item.Choices[b.At.Choice];
                Assert.False(a.At.Row == b.At.Row && box.Overlaps(other, Gap), $"{box} and {other} overlap in row {a.At.Row}");
                var crossed = b.At.Row < a.At.Row && a.Item.Pole is { } x && other.Covers(x, Gap / 2);
                Assert.False(crossed, $"the pole at {a.Item.Pole} (row {a.At.Row}) crosses {other} (row {b.At.Row})");
            }
        }
    }

    [Fact]
    public void Labels_that_do_not_meet_share_the_first_row()
    {
        PackItem[] items = [Flag(0, 100), Flag(120, 100), Flag(240, 100)];
        var packed = RowPacker.Pack(items, Gap, 2);

        Assert.All(packed, p => Assert.Equal(new Packed(0, 0), p));
    }

    [Fact]
    public void A_label_that_overlaps_goes_to_a_row_where_its_pole_crosses_nothing()
    {
        // The second overlaps the first; if it rose above the first, its pole would cross the first's label, so the first rises instead.
        PackItem[] items = [Flag(0, 200), Flag(100, 200)];
        var packed = RowPacker.Pack(items, Gap, 3);

        Assert.All(packed, p => Assert.True(p.Row >= 0));
        Assert.NotEqual(packed[0].Row, packed[1].Row);
        Assert.True(packed[0].Row > packed[1].Row, "the label over the other's dot must stand above it");
        AssertClean(items, packed, 3);
    }

    [Fact]
    public void Beyond_the_rows_allowed_a_label_gets_none()
    {
        // Each label covers the poles of those after it: a staircase of five rows, and only two are allowed.
        PackItem[] items = [.. Enumerable.Range(0, 5).Select(i => Flag(i * 20, 300))];
        var packed = RowPacker.Pack(items, Gap, 2);

        Assert.Equal(2, packed.Count(p => p.Row >= 0));
        Assert.Equal(3, packed.Count(p => p.Row < 0));
        AssertClean(items, packed, 2);
    }

    [Fact]
    public void A_shorter_choice_is_taken_when_the_best_one_has_no_room()
    {
        // The whole title would cover the next dot; cut, it fits beside it in the first row.
        PackItem[] items = [new([new Span(0, 300), new Span(0, 90)], 0), Flag(100, 100)];
        var packed = RowPacker.Pack(items, Gap, 1);

        Assert.Equal(new Packed(0, 1), packed[0]);
        Assert.Equal(new Packed(0, 0), packed[1]);
    }

    [Fact]
    public void With_room_to_spare_each_label_keeps_its_best_choice()
    {
        PackItem[] items = [new([new Span(0, 300), new Span(0, 90)], 0), Flag(100, 100)];
        var packed = RowPacker.Pack(items, Gap, 5);

        Assert.Equal(0, packed[0].Choice);
        AssertClean(items, packed, 5);
    }

    [Fact]
    public void Labels_without_poles_only_keep_clear_of_each_other()
    {
        PackItem[] items = [new([new Span(0, 200)], null), new([new Span(100, 300)], null), new([new Span(250, 400)], null)];
        var packed = RowPacker.Pack(items, Gap, int.MaxValue);

        Assert.Equal([0, 1, 0], packed.Select(p => p.Row));
    }

    [Fact]
    public void Random_labels_are_always_packed_cleanly()
    {
        var random = new Random(24);
        for (var run = 0; run < 200; run++)
        {
            var items = Enumerable.Range(0, random.Next(1, 12)).Select(_ =>
            {
                var pole = random.NextDouble() * 640;
                var width = 40 + (random.NextDouble() * 300);
                return new PackItem([new Span(pole, pole + width), new Span(pole - width, pole), new Span(pole, pole + (width / 3))], pole);
            }).ToList();
            var rows = random.Next(1, 5);

            AssertClean(items, RowPacker.Pack(items, Gap, rows), rows);
        }
    }
}
