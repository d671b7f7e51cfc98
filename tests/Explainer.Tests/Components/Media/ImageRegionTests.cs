using Explainer.Components.Media;
using Explainer.Components.Quotes;

namespace Explainer.Tests.Components.Media;

public class ImageRegionTests
{
    [Fact]
    public void The_whole_image_is_unzoomed_and_centred()
    {
        Assert.Equal((1, 50, 50), ImageRegion.Whole.View);
    }

    [Fact]
    public void A_square_region_zooms_until_it_fills_the_frame_and_sits_at_its_centre()
    {
        Assert.Equal((4, 37.5, 62.5), new ImageRegion(25, 50, 25, 25).View);
    }

    [Fact]
    public void A_region_fits_by_its_larger_side()
    {
        // 10 % wide and 50 % high: twice, not ten times, or the region's top and bottom would be cut.
        Assert.Equal(2, new ImageRegion(40, 0, 10, 50).View.K);
    }

    [Fact]
    public void A_region_at_an_edge_is_moved_in_so_that_the_frame_never_shows_past_the_image()
    {
        // At 4 times, the frame shows 25 % of the image: its centre can come no nearer the edge than 12.5 %.
        Assert.Equal((4, 12.5, 87.5), new ImageRegion(0, 80, 25, 20).View);
    }

    [Fact]
    public void The_zoom_stops_at_ten_times()
    {
        Assert.Equal((10, 50.5, 50.5), new ImageRegion(50, 50, 1, 1).View);
    }

    [Fact]
    public void Zoomed_sizes_scale_each_length_and_keep_the_media_conditions()
    {
        Assert.Equal("(min-width: 40rem) calc(38rem * 2.5), calc(100vw * 2.5)", ImageRegion.ZoomSizes("(min-width: 40rem) 38rem, 100vw", 2.5));
        Assert.Equal("100vw", ImageRegion.ZoomSizes("100vw", 1));
    }

    [Fact]
    public void A_highlight_is_found_across_line_breaks_and_only_its_first_occurrence_is_marked()
    {
        string[] paragraphs = ["„Er hat das", "Gefühl, dass er das\nGefühl hat“"];
        Assert.True(QuoteHighlight.Finds(paragraphs, "das Gefühl"));
        Assert.False(QuoteHighlight.Finds(paragraphs, "hat das Gefühl, dass"));
        Assert.Equal(["„Er hat das", "Gefühl, dass er <mark>das Gefühl</mark> hat“"], QuoteHighlight.Mark(paragraphs, "das  Gefühl").Select(h => h.Value));
    }
}
