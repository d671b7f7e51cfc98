using Explainer.Components.Maps;

namespace Explainer.Tests.Components.Maps;

/// <summary>Map labels placed around their markers: first free position, never on each other, priority first.</summary>
public sealed class LabelPlacerTests
{
    private const double FontSize = 13;
    private const double Gap = 2;
    private const double Radius = 4;
    private const double Tolerance = 1e-9;

    private static readonly Box Box = new(0, 0, 640, 400);

    private static Label Place(string id, double x, double y, double width = 50, int priority = 0, double radius = Radius) =>
        new(id, x, y, width, 1.2 * FontSize, priority, radius);

    private static Box Marker(Label label) =>
        new(label.X - label.MarkerRadius, label.Y - label.MarkerRadius, label.X + label.MarkerRadius, label.Y + label.MarkerRadius);

    /// <summary>The space between two boxes; negative when they overlap.</summary>
    private static double Separation(Box a, Box b) =>
        new[] { b.Left - a.Right, a.Left - b.Right, b.Top - a.Bottom, a.Top - b.Bottom }.Max();

    [Fact]
    public void A_single_label_goes_upper_right_of_its_marker()
    {
        var (placed, unplaced) = LabelPlacer.Place([Place("seoul", 320, 200)], Box, [], FontSize, Gap);

        var label = Assert.Single(placed);
        Assert.Empty(unplaced);
        Assert.Equal(LabelPosition.UpperRight, label.Position);
        Assert.Equal("start", label.TextAnchor);
        Assert.True(label.Box.Left > 320 && label.Box.Bottom < 200, $"{label.Box} is not upper right of the marker");
    }

    [Fact]
    public void A_label_at_the_right_edge_of_the_frame_goes_to_the_left()
    {
        var (placed, _) = LabelPlacer.Place([Place("wladiwostok", 630, 200)], Box, [], FontSize, Gap);

        var label = Assert.Single(placed);
        Assert.Equal(LabelPosition.UpperLeft, label.Position);
        Assert.Equal("end", label.TextAnchor);
        Assert.True(label.Box.Right < 630, $"{label.Box} is not left of the marker");
    }

    [Fact]
    public void A_diagonal_box_has_its_near_corner_radius_plus_gap_from_the_anchor()
    {
        var label = LabelPlacer.At(Place("seoul", 320, 200), LabelPosition.LowerLeft, FontSize, Gap);

        Assert.Equal(Radius + Gap, Math.Sqrt(Math.Pow(label.Box.Right - 320, 2) + Math.Pow(label.Box.Top - 200, 2)), Tolerance);
    }

    [Fact]
    public void A_country_name_is_centred_on_its_point_or_left_out()
    {
        var country = Place("prk", 300, 200, width: 80, radius: 0);

        var free = Assert.Single(LabelPlacer.Place([country], Box, [], FontSize, Gap).Placed);
        Assert.Equal(LabelPosition.Centre, free.Position);
        Assert.Equal("middle", free.TextAnchor);

        // A box over the centre: no other position is tried.
        var (placed, unplaced) = LabelPlacer.Place([country], Box, [new Box(290, 190, 310, 210)], FontSize, Gap);
        Assert.Empty(placed);
        Assert.Equal([country], unplaced);
    }

    [Fact]
    public void A_crowded_cluster_places_what_fits_apart_and_returns_the_rest()
    {
        // Twelve markers in a 60 × 45 cluster near the inset in the top left corner of a small frame.
        var frame = new Box(0, 0, 240, 160);
        var inset = new Box(0, 0, 70, 50);
        string[] names = ["Pjöngjang", "Seoul", "Incheon", "Kaesong", "Wonsan", "Chuncheon", "Suwon", "Nampo", "Sariwon", "Haeju", "Gangneung", "Cheorwon"];
        var labels = names.Select((name, i) => Place(name, 80 + (i % 4 * 20), 55 + (i / 4 * 15), LabelPlacer.TextWidth(name, FontSize))).ToList();

        var (placed, unplaced) = LabelPlacer.Place(labels, frame, [inset], FontSize, Gap);

        Assert.NotEmpty(placed);
        Assert.NotEmpty(unplaced);
        Assert.Equal(labels.Select(l => l.Id).Order(), placed.Select(p => p.Label.Id).Concat(unplaced.Select(l => l.Id)).Order());
        foreach (var label in placed)
        {
            Assert.True(label.Box.Grow(Gap).Inside(frame), $"{label.Label.Id} leaves the frame");
            Assert.True(Separation(label.Box, inset) >= Gap - Tolerance, $"{label.Label.Id} is on the inset");
            Assert.All(placed.Where(other => other != label), other =>
                Assert.True(Separation(label.Box, other.Box) >= Gap - Tolerance, $"{label.Label.Id} is on {other.Label.Id}"));
            Assert.All(labels.Where(other => other != label.Label), other =>
                Assert.True(Separation(label.Box, Marker(other)) >= Gap - Tolerance, $"{label.Label.Id} is on the marker of {other.Id}"));
        }
    }

    [Fact]
    public void A_higher_priority_gets_its_first_choice_even_when_it_comes_later()
    {
        // Both want upper right, and the two boxes there would overlap.
        var pusan = Place("pusan", 140, 100, width: 80);
        var ulsan = Place("ulsan", 170, 106);

        var inOrder = LabelPlacer.Place([pusan, ulsan], Box, [], FontSize, Gap).Placed;
        Assert.Equal(LabelPosition.UpperRight, inOrder.Single(p => p.Label == pusan).Position);
        Assert.NotEqual(LabelPosition.UpperRight, inOrder.Single(p => p.Label == ulsan).Position);

        var first = ulsan with { Priority = 1 };
        var byPriority = LabelPlacer.Place([pusan, first], Box, [], FontSize, Gap).Placed;
        Assert.Equal(["ulsan", "pusan"], byPriority.Select(p => p.Label.Id));
        Assert.Equal(LabelPosition.UpperRight, byPriority.Single(p => p.Label == first).Position);
        Assert.Equal(LabelPosition.UpperLeft, byPriority.Single(p => p.Label == pusan).Position);
    }

    [Theory]
    [InlineData(LabelPosition.UpperRight)]
    [InlineData(LabelPosition.LowerRight)]
    [InlineData(LabelPosition.UpperLeft)]
    [InlineData(LabelPosition.LowerLeft)]
    [InlineData(LabelPosition.Above)]
    [InlineData(LabelPosition.Below)]
    [InlineData(LabelPosition.Right)]
    [InlineData(LabelPosition.Left)]
    [InlineData(LabelPosition.Centre)]
    public void The_text_anchor_and_em_offsets_draw_the_text_into_the_box(LabelPosition position)
    {
        var label = LabelPlacer.At(Place("seoul", 320, 200, width: 47), position, FontSize, Gap);

        // <text x="320" y="200" dx="{Dx}em" dy="{Dy}em">: the baseline is BaselineEm below the box's top.
        var textX = label.Label.X + (label.Dx * FontSize);
        var baseline = label.Label.Y + (label.Dy * FontSize);
        var left = label.TextAnchor switch
        {
            "start" => textX,
            "middle" => textX - (label.Label.Width / 2),
            "end" => textX - label.Label.Width,
            _ => throw new InvalidOperationException(label.TextAnchor),
        };

        Assert.Equal(label.Box.Left, left, Tolerance);
        Assert.Equal(label.Box.Right, left + label.Label.Width, Tolerance);
        Assert.Equal(label.Box.Top, baseline - (LabelPlacer.BaselineEm * FontSize), Tolerance);
        Assert.Equal(label.Box.Bottom, label.Box.Top + label.Label.Height, Tolerance);
    }

    [Fact]
    public void Em_offsets_stay_the_same_when_the_map_and_its_font_are_scaled_together()
    {
        var label = Place("seoul", 320, 200);
        var twice = label with { X = 640, Y = 400, Width = 100, Height = 2.4 * FontSize, MarkerRadius = 2 * Radius };

        var (small, large) = (LabelPlacer.At(label, LabelPosition.UpperRight, FontSize, Gap), LabelPlacer.At(twice, LabelPosition.UpperRight, 2 * FontSize, 2 * Gap));

        Assert.Equal(small.Dx, large.Dx, Tolerance);
        Assert.Equal(small.Dy, large.Dy, Tolerance);
    }

    [Fact]
    public void Text_width_grows_with_the_text_and_fits_a_real_name()
    {
        const string name = "Wladiwostok";
        var widths = Enumerable.Range(0, name.Length + 1).Select(n => LabelPlacer.TextWidth(name[..n], FontSize)).ToList();

        Assert.Equal(0, widths[0]);
        Assert.All(widths.Zip(widths.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.InRange(widths[^1], 60, 100);
    }

    [Fact]
    public void Text_width_treats_accents_like_their_letter_and_wide_letters_as_wide()
    {
        Assert.Equal(LabelPlacer.TextWidth("Pjongjang", FontSize), LabelPlacer.TextWidth("Pjöngjang", FontSize));
        Assert.Equal(LabelPlacer.TextWidth("Pjongjang", FontSize), LabelPlacer.TextWidth("Pjo\u0308ngjang", FontSize));
        Assert.True(LabelPlacer.TextWidth("mmm", FontSize) > LabelPlacer.TextWidth("nnn", FontSize));
        Assert.True(LabelPlacer.TextWidth("nnn", FontSize) > LabelPlacer.TextWidth("iii", FontSize));
        Assert.True(LabelPlacer.TextWidth("서울", FontSize) > LabelPlacer.TextWidth("Мо", FontSize));
    }
}
