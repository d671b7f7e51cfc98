using System.Globalization;
using Explainer.Components.Maps;

namespace Explainer.Tests.Components.Maps;

/// <summary>Map geometry as SVG path data: short, exact to a tenth, the same bytes in every culture.</summary>
public sealed class SvgPathTests
{
    [Fact]
    public void A_ring_is_a_move_then_relative_lines_and_a_close()
    {
        var d = new SvgPath().Ring([(10, 20), (30.04, 20), (30, 45.55), (10, 20)]).ToString();

        // 30.04 rounds to 30, 45.55 to 45.6 (away from zero); a minus sign needs no comma before it.
        Assert.Equal("M10,20l20,0,0,25.6-20-25.6z", d);
    }

    [Fact]
    public void Points_that_round_onto_the_one_before_are_left_out_and_a_ring_that_vanishes_writes_nothing()
    {
        var path = new SvgPath()
            .Line([(0, 0), (0.01, 0.02), (5, 0)])
            .Ring([(1, 1), (1.01, 1), (1, 1.02)]);

        Assert.Equal("M0,0l5,0", path.ToString());
    }

    [Fact]
    public void The_numbers_are_the_same_in_every_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("M1.5,2.5l1.5-1.2", new SvgPath().Line([(1.5, 2.5), (3, 1.3)]).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
