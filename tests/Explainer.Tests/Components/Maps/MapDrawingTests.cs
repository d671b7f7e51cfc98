using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Explainer.Components.Maps;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components.Maps;

/// <summary>Maps drawn from a spec: the seed's, one across the antimeridian, one near the antipode, one of Crimea.</summary>
public sealed partial class MapDrawingTests
{
    private static readonly SourceLocation At = new("explainer.yml", 1, 1);

    private static readonly MapTexts German = new("Die Orte", "rund {0} km", "Karte mit {0}.", "Route {0} – {1}: {2}.", "Hervorgehoben: {0}.", "{0}: von {1} annektiert", "und", ".", "de");

    private static readonly MapTexts English = German with { Distance = "about {0} km", Places = "Map showing {0}.", Highlighted = "Highlighted: {0}.", Annexed = "{0}: annexed by {1}", And = "and", Thousands = ",", Language = "en" };

    private static MapPlace Place(string id, string name, double lat, double lon, string kind = "city") => new(id, name, new GeoPoint(lat, lon), kind, At);

    /// <summary>The seed's map: Moscow to Pyongyang, the Korean peninsula crowded with places.</summary>
    internal static readonly MapSpec Seed = new(
        [
            Place("moskau", "Moskau", 55.7558, 37.6173, "capital"), Place("pjoengjang", "Pjöngjang", 39.0392, 125.7625, "capital"),
            Place("busan", "Busan", 35.1796, 129.0756), Place("wladiwostok", "Wladiwostok", 43.1155, 131.8855),
            Place("wostotschny", "Wostotschny", 51.884, 128.334, "site"),
        ],
        [new MapRoute("moskau", "pjoengjang", MapRoute.AutoLabel, At)],
        [new MapCountry("RUS", "643"), new MapCountry("PRK", "408")],
        null,
        CountryNames: true);

    /// <summary>Fiji, whose islands lie on both sides of 180°.</summary>
    private static readonly MapSpec Fiji = new(
        [Place("suva", "Suva", -18.1416, 178.4419, "capital"), Place("taveuni", "Taveuni", -16.85, -179.95)],
        [], [new MapCountry("FJI", "242")], new GeoBox(176, -20, -178, -15), CountryNames: false);

    [Fact]
    public void The_seed_map_has_its_places_route_and_focus_countries_and_says_them_in_its_description()
    {
        var drawing = MapDrawing.Draw(Seed, [null], German);
        var svg = drawing.Svg(0);

        Assert.StartsWith("<svg class=\"map\" viewBox=\"0 0 640 ", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(svg, "<circle class=\"map__marker"));
        Assert.Equal(2, Regex.Count(svg, "<path class=\"map__focus\""));
        Assert.Single(Regex.Matches(svg, "<path class=\"map__route\""));
        Assert.Contains(">rund 6.400 km</text>", svg, StringComparison.Ordinal);
        Assert.Equal(
            "Karte mit Moskau, Pjöngjang, Busan, Wladiwostok und Wostotschny. Route Moskau – Pjöngjang: rund 6.400 km. Hervorgehoben: Russland und Nordkorea.",
            drawing.Description);
        Assert.Empty(drawing.Unplaced);
        foreach (var place in Seed.Places)
        {
            Assert.Contains($">{place.Name}</text>", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Distances_are_rounded_as_a_newspaper_writes_them_in_the_article_s_language()
    {
        var route = Seed.Routes[0];

        Assert.Equal("rund 6.400 km", MapDrawing.Distance(Seed, route, German));
        Assert.Equal("about 6,400 km", MapDrawing.Distance(Seed, route, English));

        var near = Seed with { Places = [Place("a", "A", 52.52, 13.405), Place("b", "B", 53.55, 9.99)] };
        Assert.Equal("about 260 km", MapDrawing.Distance(near, new MapRoute("a", "b", "auto", At), English));
    }

    [Fact]
    public void Every_number_is_written_the_same_in_every_culture_and_the_same_spec_draws_the_same_bytes()
    {
        var invariant = MapDrawing.Draw(Seed, [null, new MapFocus(["busan"], null)], German).Svg(1);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, MapDrawing.Draw(Seed, [null, new MapFocus(["busan"], null)], German).Svg(1));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_drawing_read_back_from_the_cache_writes_the_same_svg()
    {
        var drawing = MapDrawing.Draw(Seed, [null, new MapFocus(["pjoengjang", "busan"], null), new MapFocus(["busan"], null)], German);
        var read = MapDrawing.Read(Encoding.UTF8.GetBytes(drawing.Write()));

        Assert.All(Enumerable.Range(0, 3), v => Assert.Equal(drawing.Svg(v), read.Svg(v)));
        Assert.Equal(drawing.ViewList, read.ViewList);
        Assert.Equal(drawing.Key, read.Key);
        Assert.Equal(drawing.Unplaced, read.Unplaced);
    }

    [Fact]
    public void A_map_is_drawn_once_for_the_build_s_store_read_once_per_build_and_the_same_map_under_other_place_ids_is_the_same_drawing()
    {
        using var temp = new TempFolder();
        using var images = Modules.ImageCache.Open(temp.Path);
        var renamed = Seed with
        {
            Places = [.. Seed.Places.Select(p => p with { Id = p.Id + "-2" })],
            Routes = [new MapRoute("moskau-2", "pjoengjang-2", MapRoute.AutoLabel, At)],
        };

        var first = MapDrawing.Cached(images, Seed, [null, new MapFocus(["busan"], null)], German);
        var second = MapDrawing.Cached(images, renamed, [null, new MapFocus(["busan-2"], null)], German);
        var other = MapDrawing.Cached(images, Seed, [null, new MapFocus(["moskau"], null)], German);

        Assert.Equal(first.Svg(1), second.Svg(1));
        Assert.NotEqual(first.Svg(1), other.Svg(1));
        Assert.Equal(2, images.Made);

        // Read once per build: the explainers that share a map share the drawing.
        Assert.Same(first, second);

        // The next build reads it back, as drawn.
        using var next = Modules.ImageCache.Open(temp.Path);
        var again = MapDrawing.Cached(next, Seed, [null, new MapFocus(["busan"], null)], German);
        Assert.NotSame(first, again);
        Assert.Equal(0, next.Made);
        Assert.All(Enumerable.Range(0, 2), v => Assert.Equal(MapDrawing.Draw(Seed, [null, new MapFocus(["busan"], null)], German).Svg(v), again.Svg(v)));
    }

    [Fact]
    public void The_seed_map_is_a_regional_map_within_8_KB_gzipped_at_each_of_its_views()
    {
        var drawing = MapDrawing.Draw(Seed, [null, new MapFocus(["pjoengjang", "busan", "wladiwostok"], null), new MapFocus(["busan"], null)], German);

        Assert.All(Enumerable.Range(0, 3), v => Assert.InRange(Gzipped(drawing.Svg(v)), 1000, 8 * 1024));
    }

    [Fact]
    public void A_focus_zooms_in_on_its_places_with_finer_geometry_and_the_whole_view_is_unzoomed()
    {
        var drawing = MapDrawing.Draw(Seed, [null, new MapFocus(["busan"], null)], German);

        Assert.Equal((1, 320), (drawing.Views[0].K, drawing.Views[0].Fx));
        Assert.Empty(drawing.Views[0].Fine);
        Assert.True(drawing.Views[1].K >= MapDrawing.FineZoom);
        Assert.StartsWith("<g class=\"map__fine\" transform=\"scale(0.2", drawing.Views[1].Fine, StringComparison.Ordinal);

        // Each view holds only what it shows: the zoomed one has the finer geometry, not the map's own.
        Assert.DoesNotContain("map__base", drawing.Svg(1), StringComparison.Ordinal);
        Assert.Contains("map__fine", drawing.Svg(1), StringComparison.Ordinal);
        Assert.DoesNotContain("map__fine", drawing.Svg(0), StringComparison.Ordinal);

        // Busan is at the centre of its view (unless the view had to stay inside the map).
        var busan = Regex.Match(drawing.Svg(1), "map__marker--city\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
        Assert.True(busan.Success);
        Assert.InRange(drawing.Views[1].Fx, 320 / drawing.Views[1].K, 640 - (320 / drawing.Views[1].K));
    }

    [Fact]
    public void A_box_focus_zooms_to_the_box_and_the_places_in_it_stay_in_view()
    {
        var drawing = MapDrawing.Draw(Seed, [null, new MapFocus([], new GeoBox(124, 33, 132, 43))], German);
        var view = drawing.Views[1];
        var markers = Regex.Matches(drawing.Svg(1), "<circle class=\"map__marker [^\"]+\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"").ToList();
        Assert.Equal(Seed.Places.Count, markers.Count);
        bool InView(string id)
        {
            var marker = markers[Seed.IndexOf(id)];
            var (x, y) = (double.Parse(marker.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(marker.Groups[2].Value, CultureInfo.InvariantCulture));
            return Math.Abs(x - view.Fx) <= 320 / view.K && Math.Abs(y - view.Fy) <= drawing.Height / 2 / view.K;
        }

        Assert.InRange(view.K, 2, 12);
        Assert.True(InView("pjoengjang") && InView("busan"));
        Assert.False(InView("moskau"));

        // The zoomed view labels the places in it, and only those.
        var labels = Labels().Matches(view.Labels).Select(m => m.Groups["text"].Value).ToList();
        Assert.Contains("Busan", labels);
        Assert.Contains("Pjöngjang", labels);
        Assert.DoesNotContain("Moskau", labels);
    }

    [Fact]
    public void A_map_across_the_antimeridian_draws_the_islands_on_both_sides_next_to_each_other()
    {
        var drawing = MapDrawing.Draw(Fiji, [null], English);
        var svg = drawing.Svg(0);
        var focus = Regex.Match(svg, "<path class=\"map__focus\" d=\"([^\"]*)\"").Groups[1].Value;
        var starts = Regex.Matches(focus, @"M(-?[0-9.]+),(-?[0-9.]+)").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        // Fiji's rings start on both sides of the middle (178°E and 179°W are 3° apart), none beyond the frame.
        Assert.Contains(starts, x => x < 320);
        Assert.Contains(starts, x => x > 320);
        Assert.All(starts, x => Assert.InRange(x, -8, 648));
        Assert.Empty(drawing.Unplaced);
    }

    [Fact]
    public void Shapes_on_the_far_side_of_the_globe_are_not_drawn()
    {
        // Centred on Madrid, New Zealand lies near the antipode: none of its rings is drawn, nor any
        // ring turned inside out around it (which would fill the whole frame).
        var world = Topology.World(MapScale.Small);
        var projection = new AzimuthalEqualArea(new GeoPoint(40.4, -3.7));
        var projector = new MapProjector(projection, 300, 0, 0, 640, 400);
        var layer = new MapLayer(world, projector, 2.5);

        Assert.Empty(layer.Rings(world.Country("554")!.Polygons));
        Assert.NotEmpty(layer.Rings(world.Country("724")!.Polygons));
        Assert.All(world.Countries.SelectMany(c => layer.Rings(c.Polygons)), ring => Assert.True(MapLayer.Area(ring) < 640 * 400 * 50));
    }

    [Fact]
    public void Crimea_is_drawn_as_part_of_Ukraine_hatched_as_annexed_and_named_in_the_key()
    {
        var spec = new MapSpec([Place("kyjiw", "Kyjiw", 50.45, 30.52, "capital"), Place("simferopol", "Simferopol", 44.95, 34.10)], [],
            [new MapCountry("UKR", "804")], new GeoBox(22, 43, 41, 53), CountryNames: false);
        var drawing = MapDrawing.Draw(spec, [null], German);

        Assert.Contains("<path class=\"map__annexed\"", drawing.Svg(0), StringComparison.Ordinal);
        Assert.Equal(["Krim: von Russland annektiert"], drawing.Key);

        // Simferopol lies inside Ukraine's rings as drawn (projected, simplified), not inside Russia's.
        var world = Topology.World(MapScale.Medium);
        var projector = new MapProjector(new AzimuthalEqualArea(new GeoPoint(48, 31.5)), 1500, 0, 0, 640, 400);
        var layer = new MapLayer(world, projector, 2.5);
        var simferopol = projector.Project(PointOfView.Simferopol);
        Assert.True(Inside(layer.Rings(world.Country("804")!.Polygons), simferopol));
        Assert.False(Inside(layer.Rings(world.Country("643")!.Polygons), simferopol));
    }

    [Fact]
    public void The_placed_labels_of_every_view_keep_clear_of_each_other_and_of_the_frame_at_the_size_they_were_placed_for()
    {
        var drawing = MapDrawing.Draw(Seed, [null, new MapFocus(["pjoengjang", "busan", "wladiwostok"], null), new MapFocus(["busan"], null)], German);
        foreach (var view in drawing.Views)
        {
            var boxes = Labels().Matches(view.Labels).Select(m => BoxOf(m, view, drawing.Height)).ToList();
            Assert.NotEmpty(boxes);
            for (var i = 0; i < boxes.Count; i++)
            {
                Assert.True(boxes[i].Inside(new Box(0, 0, 640, drawing.Height)), $"view {view.Index}: label {i} leaves the frame");
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(boxes[i].Overlaps(boxes[j]), $"view {view.Index}: labels {i} and {j} overlap");
                }
            }
        }
    }

    /// <summary>A label's box on the screen of its view, from its anchor, its em offsets, its anchor side and its estimated width.</summary>
    private static Box BoxOf(Match m, MapViewDrawing view, double height)
    {
        double N(string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        var fs = MapDrawing.PlacementFontSize;
        var x = ((N("x") - view.Fx) * view.K) + 320 + (N("dx") * fs);
        var baseline = ((N("y") - view.Fy) * view.K) + (height / 2) + (N("dy") * fs);
        var width = LabelPlacer.TextWidth(m.Groups["text"].Value, fs);
        var left = m.Groups["anchor"].Value switch { "end" => x - width, "middle" => x - (width / 2), _ => x };
        var top = baseline - (LabelPlacer.BaselineEm * fs);
        return new Box(left, top, left + width, top + (1.2 * fs));
    }

    private static bool Inside(IEnumerable<List<(double X, double Y)>> rings, (double X, double Y) point) =>
        rings.Count(ring =>
        {
            var inside = false;
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                if ((ring[i].Y > point.Y) != (ring[j].Y > point.Y)
                    && point.X < ((ring[j].X - ring[i].X) * (point.Y - ring[i].Y) / (ring[j].Y - ring[i].Y)) + ring[i].X)
                {
                    inside = !inside;
                }
            }

            return inside;
        }) % 2 == 1;

    private static int Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }

    [GeneratedRegex("<text class=\"[^\"]+\" x=\"(?<x>[-0-9.]+)\" y=\"(?<y>[-0-9.]+)\" dx=\"(?<dx>[-0-9.]+)em\" dy=\"(?<dy>[-0-9.]+)em\"(?: text-anchor=\"(?<anchor>[a-z]+)\")?>(?<text>[^<]*)</text>")]
    private static partial Regex Labels();
}
