using System.Globalization;
using System.Text;

namespace Explainer.Components.Maps;

/// <summary>What a scene step zooms to: places (by id) or an area. Null stands for the map's whole view.</summary>
public sealed record MapFocus(IReadOnlyList<string> Places, GeoBox? Box)
{
    public string Canonical() => Box is { } b
        ? FormattableString.Invariant($"box {b.West:R} {b.South:R} {b.East:R} {b.North:R}")
        : "places " + string.Join(" ", Places);
}

/// <summary>
/// A map drawn once for all the views it is shown at (a figure: one; a scene: one per step's
/// focus): the geometry, shared by all views, and per view its transform, its labels and its
/// furniture. <see cref="Svg"/> writes the inline SVG of one view, or of all for a scene's sticky
/// graphic, where CSS moves between them. Everything written is escaped here: the SVG is safe HTML.
/// </summary>
public sealed partial class MapDrawing
{
    /// <summary>The width of every map in user units: the column's width, so that user units and CSS px are alike on a desktop.</summary>
    public const double Width = 640;

    /// <summary>The font size labels are placed for: the largest the CSS sets (on the narrowest phones), so that they fit at every width.</summary>
    public const double PlacementFontSize = 32;

    /// <summary>Room around the fitted places for their labels.</summary>
    private const double Padding = 56;

    /// <summary>Visvalingam's threshold for the map's own geometry, in squared user units.</summary>
    private const double MinArea = 2.5;

    /// <summary>A view zoomed in at least this far gets its own, finer geometry.</summary>
    public const double FineZoom = 2.5;

    /// <summary>Maps wider than this (km) are drawn from the 1:110m data, the others from 1:50m.</summary>
    private const double SmallScaleKm = 6000;

    /// <summary>A view narrower than this (km) gets a locator globe.</summary>
    private const double InsetKm = 3000;

    private const double InsetRadius = 46;

    /// <summary>A marker's radius, and the space kept around labels, in em of the labels: both grow and shrink with the text (see map.css).</summary>
    private const double MarkerEm = 0.2, GapEm = 0.12;

    private const double MarkerRadius = MarkerEm * PlacementFontSize;

    public required double Height { get; init; }

    /// <summary>Land, focus countries, annexed areas and borders at the map's own scale.</summary>
    public required string Base { get; init; }

    /// <summary>Routes and markers: drawn over every view.</summary>
    public required string Overlay { get; init; }

    public required IReadOnlyList<MapViewDrawing> Views { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The key's entries (an annexed area shown on the map).</summary>
    public required IReadOnlyList<string> Key { get; init; }

    /// <summary>The labels that found no place, with the index of their view.</summary>
    public required IReadOnlyList<(int View, string Text)> Unplaced { get; init; }

    /// <summary>
    /// The inline SVG of one view: the map's own geometry, or for a view zoomed in far its finer
    /// geometry; the routes and markers; the view's labels and furniture. A scene's script makes its
    /// moving graphic from these, one view after another (scene.js).
    /// </summary>
    public string Svg(int view)
    {
        // Made once per view: a drawing read from the store serves every explainer with the same map.
        var made = _svgs ??= new string?[Views.Count];
        return made[view] ??= MakeSvg(view);
    }

    private string?[]? _svgs;

    private string MakeSvg(int view)
    {
        var shown = Views[view];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"map\" viewBox=\"0 0 {Width} {Number(Height)}\" role=\"img\" style=\"--cy:{Number(Height / 2)}\">")
            .Append("<title>").Append(Escape(Title)).Append("</title><desc>").Append(Escape(Description)).Append("</desc>")
            .Append(CultureInfo.InvariantCulture, $"<rect class=\"map__sea\" width=\"{Width}\" height=\"{Number(Height)}\"/>")
            .Append("<g class=\"map__view\" style=\"").Append(shown.Style).Append("\">")
            .Append(shown.Fine.Length > 0 ? shown.Fine : $"<g class=\"map__base\">{Base}</g>")
            .Append(Overlay)
            .Append("<g class=\"map__labels\">").Append(shown.Labels).Append("</g>")
            .Append("</g>")
            .Append("<g class=\"map__furniture\">").Append(shown.Furniture).Append("</g>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The views as the scene's script reads them: <c>k fx fy</c> per view, separated by semicolons.</summary>
    public string ViewList => string.Join(";", Views.Select(v => $"{Number(v.K, 2)} {Number(v.Fx)} {Number(v.Fy)}"));

    /// <summary>Draws the map for each of <paramref name="focuses"/> (null: the map's whole view).</summary>
    public static MapDrawing Draw(MapSpec spec, IReadOnlyList<MapFocus?> focuses, MapTexts texts)
    {
        // The area: the author's view, or the places and routes; with every focus of a step inside it.
        var routes = spec.Routes.Select(r => spec.Place(r.From)!.Point.GreatCircleTo(spec.Place(r.To)!.Point)).ToList();
        var targets = spec.View is { } box ? [.. box.Outline()] : spec.Places.Select(p => p.Point).Concat(routes.SelectMany(r => r)).ToList();
        targets.AddRange(focuses.OfType<MapFocus>().Where(f => f.Box is not null).SelectMany(f => f.Box!.Value.Outline()));
        var centre = spec.View?.Centre ?? Mean(targets);
        var projection = new AzimuthalEqualArea(centre);
        var projected = targets.Select(p => projection.IsNearSide(p) ? projection.Project(p) : (double.NaN, double.NaN)).Where(p => !double.IsNaN(p.Item1)).ToList();
        var (minX, maxX, minY, maxY) = (projected.Min(p => p.Item1), projected.Max(p => p.Item1), projected.Min(p => p.Item2), projected.Max(p => p.Item2));
        const double MinSpan = 0.05; // about 320 km, for a map of one place
        var (spanX, spanY) = (Math.Max(maxX - minX, MinSpan), Math.Max(maxY - minY, MinSpan * 0.6));
        var height = Math.Clamp(Math.Round(((Width - (2 * Padding)) * spanY / spanX) + (2 * Padding)), 360, 640);
        var scale = Math.Min((Width - (2 * Padding)) / spanX, (height - (2 * Padding)) / spanY);
        var projector = new MapProjector(projection, scale, (minX + maxX) / 2, (minY + maxY) / 2, Width, height);

        var frame = new Box(0, 0, Width, height);
        var widthKm = Width * projector.KmPerUnit;
        var topology = Topology.World(widthKm > SmallScaleKm ? MapScale.Small : MapScale.Medium);
        var layer = new MapLayer(topology, projector, MinArea);
        var highlighted = spec.Highlight.Select(h => h.Numeric).ToHashSet(StringComparer.Ordinal);
        var key = new List<string>();
        var baseGeometry = Geometry(topology, layer, frame.Grow(8), highlighted, decimals: 0, hatch: 6, texts, key);

        var places = spec.Places.Select(p => (Place: p, At: projector.IsNear(p.Point) ? projector.Project(p.Point) : ((double X, double Y)?)null)).ToList();
        var overlay = new StringBuilder();
        var routeLines = routes.Select(r => r.Where(projector.IsNear).Select(projector.Project).ToList()).ToList();
        var routePath = new SvgPath(0);
        MapLayer.AddLines(routePath, routeLines.Select(l => ArcSimplifier.Keep(l, MinArea / 4).Select(i => l[i]).ToList()), frame.Grow(8));
        if (!routePath.IsEmpty)
        {
            overlay.Append("<path class=\"map__route\" d=\"").Append(routePath).Append("\"/>");
        }

        overlay.Append("<g class=\"map__markers\">");
        foreach (var (place, at) in places.Where(p => p.At is not null))
        {
            overlay.Append(CultureInfo.InvariantCulture, $"<circle class=\"map__marker map__marker--{place.Kind}\" cx=\"{Number(at!.Value.X)}\" cy=\"{Number(at.Value.Y)}\" r=\"{Number(MarkerRadius)}\"/>");
        }

        overlay.Append("</g>");

        // The views: the whole map, then each focus.
        var views = new List<MapViewDrawing>();
        var unplaced = new List<(int, string)>();
        var insetAt = InsetCorner(places.Select(p => p.At).OfType<(double X, double Y)>().Concat(routeLines.SelectMany(l => l)).ToList(), height);
        var globe = new Lazy<string>(() => Globe(centre, insetAt));
        var insetBox = new Box(insetAt.X - InsetRadius - 6, insetAt.Y - InsetRadius - 6, insetAt.X + InsetRadius + 6, insetAt.Y + InsetRadius + 6);
        for (var i = 0; i < focuses.Count; i++)
        {
            var (k, fx, fy) = ViewOf(focuses[i], spec, projector);
            (double X, double Y) ToView((double X, double Y) p) => (((p.X - fx) * k) + (Width / 2), ((p.Y - fy) * k) + (height / 2));
            var visible = new Box(fx - (Width / 2 / k), fy - (height / 2 / k), fx + (Width / 2 / k), fy + (height / 2 / k));

            var scaleBar = ScaleBar(projector.KmPerUnit / k, height, texts, out var scaleBox);
            var obstacles = new List<Box> { scaleBox };
            // A view less than InsetKm across gets the locator globe, with the view's frame on it.
            var inset = widthKm / k < InsetKm;
            if (inset)
            {
                obstacles.Add(insetBox);
            }

            var (written, notPlaced) = ViewLabels(spec, places, routeLines, topology, layer, visible, k, ToView, obstacles, height, texts);
            unplaced.AddRange(notPlaced.Select(text => (i, text)));

            var furniture = new StringBuilder(scaleBar);
            if (inset)
            {
                furniture.Append("<g class=\"map__inset\">").Append(globe.Value).Append(InsetFrame(projector, visible, insetAt)).Append("</g>");
            }

            // A view zoomed in far gets finer geometry of its own: 1:50m simplified for its zoom, cut
            // to what it shows, in whole units of a frame that deep (the group scales it back), over
            // a sea of its own, so that it covers the map's own geometry while the scene moves.
            var fine = string.Empty;
            if (k >= FineZoom)
            {
                var depth = Math.Ceiling(k);
                var deep = new MapProjector(projection, scale * depth, projector.CentreX, projector.CentreY, Width * depth, height * depth);
                var clip = new Box(visible.Left * depth, visible.Top * depth, visible.Right * depth, visible.Bottom * depth).Grow(8);
                var world = Topology.World(MapScale.Medium);
                fine = FormattableString.Invariant($"<g class=\"map__fine\" transform=\"scale({Number(1 / depth, 4)})\"><rect class=\"map__sea\" x=\"{Number(clip.Left, 0)}\" y=\"{Number(clip.Top, 0)}\" width=\"{Number(clip.Width, 0)}\" height=\"{Number(clip.Height, 0)}\"/>")
                    + Geometry(world, new MapLayer(world, deep, MinArea), clip, highlighted, decimals: 0, hatch: 6, texts, key) + "</g>";
            }

            views.Add(new MapViewDrawing(i, k, fx, fy, written.ToString(), furniture.ToString(), fine));
        }

        return new MapDrawing
        {
            Height = height,
            Base = baseGeometry,
            Overlay = overlay.ToString(),
            Views = views,
            Title = texts.Title,
            Description = Describe(spec, texts),
            Key = key.Distinct().ToList(),
            Unplaced = unplaced,
        };
    }

    /// <summary>
    /// The labels of one view, placed (<see cref="LabelPlacer"/>): places first, then the routes'
    /// distances, then country names, each only where its anchor is in view. Returns the labels'
    /// SVG and the places and distances that found no room (country names that do not fit are left
    /// out quietly; a place or a distance is the author's to know about).
    /// </summary>
    private static (string Svg, List<string> Unplaced) ViewLabels(
        MapSpec spec, List<(MapPlace Place, (double X, double Y)? At)> places, List<List<(double X, double Y)>> routeLines, Topology topology, MapLayer layer,
        Box visible, double k, Func<(double X, double Y), (double X, double Y)> toView, List<Box> obstacles, double height, MapTexts texts)
    {
        var labels = new List<(Label Label, string Class, string Text, (double X, double Y) At)>();
        foreach (var (place, at) in places.Where(p => p.At is { } a && visible.Contains(a)))
        {
            labels.Add((Label(place.Id, toView(at!.Value), place.Name, priority: place.Kind == "capital" ? 4 : 3, MarkerRadius), "map__place", place.Name, at.Value));
        }

        for (var r = 0; r < spec.Routes.Count; r++)
        {
            var route = spec.Routes[r];
            if (route.Label is null || routeLines[r].Count < 2)
            {
                continue;
            }

            var words = route.Label == MapRoute.AutoLabel ? Distance(spec, route, texts) : route.Label;
            var middle = routeLines[r][routeLines[r].Count / 2];
            if (visible.Contains(middle))
            {
                labels.Add((Label($"route-{r}", toView(middle), words, priority: 2, 2), "map__distance", words, middle));
            }
        }

        if (spec.CountryNames)
        {
            foreach (var (name, at) in CountryLabels(topology, layer, visible, texts.Language, k))
            {
                labels.Add((Label($"country-{name}", toView(at), name, priority: 1, 0), "map__country", name, at));
            }
        }

        var (placed, notPlaced) = LabelPlacer.Place(labels.Select(l => l.Label), new Box(0, 0, Width, height), obstacles, PlacementFontSize, gap: GapEm * PlacementFontSize);
        var svg = new StringBuilder();
        foreach (var p in placed.OrderBy(p => labels.FindIndex(l => l.Label == p.Label)))
        {
            var (_, cls, words, at) = labels.First(l => l.Label == p.Label);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"{cls}\" x=\"{Number(at.X)}\" y=\"{Number(at.Y)}\" dx=\"{Number(p.Dx, 2)}em\" dy=\"{Number(p.Dy, 2)}em\"{(p.TextAnchor == "start" ? string.Empty : $" text-anchor=\"{p.TextAnchor}\"")}>{Escape(words)}</text>");
        }

        return (svg.ToString(), [.. notPlaced.Where(l => !l.Id.StartsWith("country-", StringComparison.Ordinal)).Select(l => labels.First(x => x.Label == l).Text)]);
    }

    private static Label Label(string id, (double X, double Y) at, string text, int priority, double markerRadius) =>
        new(id, at.X, at.Y, LabelPlacer.TextWidth(text, PlacementFontSize), PlacementFontSize * 1.2, priority, markerRadius);

    /// <summary>Land, focus countries, annexed areas (hatched) and borders, cut to <paramref name="clip"/>.</summary>
    private static string Geometry(Topology topology, MapLayer layer, Box clip, HashSet<string> highlighted, int decimals, double hatch, MapTexts texts, List<string> key)
    {
        var svg = new StringBuilder();
        var land = new SvgPath(decimals);
        // The focus countries are drawn over the land in their own paths, so the land leaves them out.
        foreach (var country in topology.Countries.Where(c => c.Id is null || !highlighted.Contains(c.Id)))
        {
            MapLayer.AddRings(land, layer.Rings(country.Polygons), clip);
        }

        if (!land.IsEmpty)
        {
            svg.Append("<path class=\"map__land\" d=\"").Append(land).Append("\"/>");
        }
        foreach (var country in topology.Countries.Where(c => c.Id is not null && highlighted.Contains(c.Id)))
        {
            var focus = new SvgPath(decimals);
            MapLayer.AddRings(focus, layer.Rings(country.Polygons), clip);
            if (!focus.IsEmpty)
            {
                svg.Append("<path class=\"map__focus\" d=\"").Append(focus).Append("\"/>");
            }
        }

        foreach (var area in topology.Annexed)
        {
            var rings = layer.Rings([area.Polygon]).ToList();
            var lines = new SvgPath(decimals);
            MapLayer.AddHatch(lines, rings, clip, hatch);
            if (!lines.IsEmpty)
            {
                svg.Append("<path class=\"map__annexed\" d=\"").Append(lines).Append("\"/>");
                key.Add(string.Format(CultureInfo.InvariantCulture, texts.Annexed, area.Name(texts.Language), CountryNames.Name(area.By, texts.Language)));
            }
        }

        var borders = new SvgPath(decimals);
        MapLayer.AddLines(borders, layer.Borders(), clip);
        if (!borders.IsEmpty)
        {
            svg.Append("<path class=\"map__border\" d=\"").Append(borders).Append("\"/>");
        }
        return svg.ToString();
    }

    /// <summary>Where a view looks: zoom <c>k</c> and the centre (fx, fy) in the map's units. The whole map is <c>1, W/2, H/2</c>.</summary>
    private static (double K, double Fx, double Fy) ViewOf(MapFocus? focus, MapSpec spec, MapProjector projector)
    {
        var (w, h) = (projector.Width, projector.Height);
        if (focus is null)
        {
            return (1, w / 2, h / 2);
        }

        var points = focus.Box is { } box
            ? box.Outline().Where(projector.IsNear).Select(projector.Project).ToList()
            : focus.Places.Select(id => spec.Place(id)!.Point).Where(projector.IsNear).Select(projector.Project).ToList();
        if (points.Count == 0)
        {
            return (1, w / 2, h / 2);
        }

        var bounds = MapLayer.Bounds(points);
        var pad = focus.Box is null ? Padding * 1.5 : 0;
        const double OnePlace = 4, MaxZoom = 12;
        var k = bounds.Width < 1 && bounds.Height < 1
            ? OnePlace
            : Math.Min((w - (2 * pad)) / Math.Max(bounds.Width, 1), (h - (2 * pad)) / Math.Max(bounds.Height, 1));
        k = Math.Clamp(k, 1, MaxZoom);
        var (fx, fy) = ((bounds.Left + bounds.Right) / 2, (bounds.Top + bounds.Bottom) / 2);

        // The view stays inside the map: zoomed in, it never shows what is outside the drawn frame.
        fx = Math.Clamp(fx, w / 2 / k, w - (w / 2 / k));
        fy = Math.Clamp(fy, h / 2 / k, h - (h / 2 / k));
        return (Math.Round(k, 2), Math.Round(fx, 1), Math.Round(fy, 1));
    }

    /// <summary>Country names at the centre of each country's largest visible part, where that part is large enough to hold them.</summary>
    private static IEnumerable<(string Name, (double X, double Y) At)> CountryLabels(Topology topology, MapLayer layer, Box visible, string language, double k)
    {
        foreach (var country in topology.Countries.Where(c => c.Id is not null))
        {
            var largest = layer.Rings(country.Polygons)
                .Where(r => MapLayer.Bounds(r).Intersects(visible))
                .Select(r => FrameClip.Ring(r, visible.Left, visible.Top, visible.Right, visible.Bottom))
                .Where(r => r.Count >= 3)
                .MaxBy(r => Math.Abs(MapLayer.Area(r)));
            if (largest is null || CountryNames.Name(country.Id!, language) is not { } name)
            {
                continue;
            }

            var areaOnScreen = Math.Abs(MapLayer.Area(largest)) * k * k;
            var labelArea = LabelPlacer.TextWidth(name, PlacementFontSize) * PlacementFontSize * 1.2;
            if (areaOnScreen >= 1.5 * labelArea)
            {
                yield return (name, MapLayer.Centroid(largest));
            }
        }
    }

    /// <summary>A scale bar in the lower left: a round number of kilometres, about a sixth of the map wide.</summary>
    private static string ScaleBar(double kmPerUnit, double height, MapTexts texts, out Box box)
    {
        var target = Width / 6 * kmPerUnit;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(target)));
        var km = new[] { 1, 2, 5, 10 }.Select(f => f * magnitude).Last(v => v <= target * 1.2);
        var length = km / kmPerUnit;
        var (x, y) = (16.0, height - 16);
        var label = Thousands(km, texts.Thousands) + " km";
        var textWidth = LabelPlacer.TextWidth(label, PlacementFontSize);
        box = new Box(8, y - 8 - (PlacementFontSize * 1.2), x + Math.Max(length, textWidth) + 8, height - 8);
        return FormattableString.Invariant(
            $"<g class=\"map__scale\"><path d=\"M{Number(x)},{Number(y - 5)}v5h{Number(length, 1)}v-5\"/><text x=\"{Number(x)}\" y=\"{Number(y - 8)}\">{Escape(label)}</text></g>");
    }

    /// <summary>The locator globe in the lower right: the hemisphere around the map's centre, at 1:110m.</summary>
    private static string Globe(GeoPoint centre, (double X, double Y) at)
    {
        var (cx, cy) = at;
        var unit = InsetRadius / AzimuthalEqualArea.HemisphereRadius;
        var globe = new AzimuthalEqualArea(centre);
        var topology = Topology.World(MapScale.Small);
        var path = new SvgPath(0);
        foreach (var ring in topology.Countries.SelectMany(c => c.Polygons).SelectMany(p => p).Select(topology.Points))
        {
            if (ring.All(p => !globe.IsNearSide(p)))
            {
                continue;
            }

            // Points beyond the horizon are pulled onto it, along their direction from the centre.
            var points = ring.Select(p =>
            {
                if (globe.CosDistance(p) <= -1 + 1e-9)
                {
                    return (cx, cy + InsetRadius);
                }

                var (x, y) = globe.Project(p);
                var r = Math.Sqrt((x * x) + (y * y));
                var f = r > AzimuthalEqualArea.HemisphereRadius ? AzimuthalEqualArea.HemisphereRadius / r : 1;
                return (cx + (x * f * unit), cy + (y * f * unit));
            }).ToList();
            // The globe is small: coarse shapes, and no island smaller than a few units.
            var keep = ArcSimplifier.Keep(points, 8);
            var kept = keep.Select(i => points[i]).ToList();
            if (Math.Abs(MapLayer.Area(kept)) >= 6)
            {
                path.Ring(kept);
            }
        }

        return FormattableString.Invariant(
            $"<circle class=\"map__globe\" cx=\"{Number(cx)}\" cy=\"{Number(cy)}\" r=\"{Number(InsetRadius)}\"/><path class=\"map__inset-land\" d=\"{path}\"/>");
    }

    /// <summary>The centre of the locator globe: the corner (not the scale bar's, lower left) with the fewest places and route points near it; lower right when tied.</summary>
    private static (double X, double Y) InsetCorner(IReadOnlyList<(double X, double Y)> points, double height)
    {
        var offset = 16 + InsetRadius;
        (double X, double Y)[] corners = [(Width - offset, height - offset), (Width - offset, offset), (offset, offset)];
        return corners.MinBy(c => points.Count(p => Math.Abs(p.X - c.X) < InsetRadius + 40 && Math.Abs(p.Y - c.Y) < InsetRadius + 40));
    }

    /// <summary>The view's frame on the locator globe.</summary>
    private static string InsetFrame(MapProjector projector, Box visible, (double X, double Y) at)
    {
        var (cx, cy) = at;
        var unit = InsetRadius / AzimuthalEqualArea.HemisphereRadius;
        var (l, t) = projector.FromFrame(visible.Left, visible.Top);
        var (r, b) = projector.FromFrame(visible.Right, visible.Bottom);
        var (x0, y0, x1, y1) = (cx + (l * unit), cy + (t * unit), cx + (r * unit), cy + (b * unit));
        var (w, h) = (Math.Max(x1 - x0, 4), Math.Max(y1 - y0, 4));
        return FormattableString.Invariant(
            $"<rect class=\"map__inset-frame\" x=\"{Number(((x0 + x1) / 2) - (w / 2))}\" y=\"{Number(((y0 + y1) / 2) - (h / 2))}\" width=\"{Number(w)}\" height=\"{Number(h)}\"/>");
    }

    private static GeoPoint Mean(IReadOnlyList<GeoPoint> points)
    {
        var (x, y, z) = (0.0, 0.0, 0.0);
        foreach (var p in points)
        {
            var (φ, λ) = p.Radians();
            (x, y, z) = (x + (Math.Cos(φ) * Math.Cos(λ)), y + (Math.Cos(φ) * Math.Sin(λ)), z + Math.Sin(φ));
        }

        return new GeoPoint(Math.Round(Math.Atan2(z, Math.Sqrt((x * x) + (y * y))) * 180 / Math.PI, 4), Math.Round(Math.Atan2(y, x) * 180 / Math.PI, 4));
    }

    internal static string Number(double value, int decimals = 1) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 1 ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>Text and attribute values escaped for HTML: the four characters that could end them; everything else is UTF-8 as it is.</summary>
    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny("&<>\"") < 0 ? text : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}

/// <summary>One view of a map: its zoom and centre, and what is drawn only in it.</summary>
/// <param name="Labels">The labels placed for this view (inside the moving group, counter-scaled).</param>
/// <param name="Furniture">The scale bar, and for a view less than 3,000 km across the locator globe with the view's frame on it (outside the moving group).</param>
/// <param name="Fine">Finer geometry the view shows instead of the map's own when it is zoomed in far (<see cref="MapDrawing.FineZoom"/>), or empty.</param>
public sealed record MapViewDrawing(int Index, double K, double Fx, double Fy, string Labels, string Furniture, string Fine)
{
    /// <summary>The custom properties that place the moving group (see maps.css).</summary>
    public string Style => $"--k:{MapDrawing.Number(K, 2)};--fx:{MapDrawing.Number(Fx)};--fy:{MapDrawing.Number(Fy)}";
}
