using System.Globalization;
using System.Text;

namespace Explainer.Components.Maps;

/// <summary>A map's drawing kept in the build's store (<see cref="Modules.ImageCache"/>), as text.</summary>
public sealed partial class MapDrawing
{
    /// <summary>
    /// The drawing from <paramref name="images"/>' store when it holds one made from the same
    /// things (the map, the views, the words, this build of the tool), else drawn and stored.
    /// Drawing projects and simplifies the world's borders; reading one back is a file read.
    /// </summary>
    public static MapDrawing Cached(Modules.ImageCache? images, MapSpec spec, IReadOnlyList<MapFocus?> focuses, MapTexts texts)
    {
        if (images is null)
        {
            return Draw(spec, focuses, texts);
        }

        var key = Modules.ImageCache.Key(
            "map", typeof(MapDrawing).Assembly.ManifestModule.ModuleVersionId.ToString(), spec.Canonical(),
            string.Join("\n", focuses.Select(f => f is null ? "whole" : f.Box is not null ? f.Canonical() : "places " + string.Join(" ", f.Places.Select(spec.IndexOf)))),
            texts.Canonical());
        return images.GetOrMake(key, "map", () => Encoding.UTF8.GetBytes(Draw(spec, focuses, texts).Write()), Read);
    }

    /// <summary>The drawing as text for the cache: each field as its length, a colon and itself.</summary>
    internal string Write()
    {
        var text = new StringBuilder();
        void Field(string value) => text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        Field(Number(Height, 2));
        Field(Base);
        Field(Overlay);
        Field(Title);
        Field(Description);
        Field(Views.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var v in Views)
        {
            Field(v.Index.ToString(CultureInfo.InvariantCulture));
            Field(v.K.ToString("R", CultureInfo.InvariantCulture));
            Field(v.Fx.ToString("R", CultureInfo.InvariantCulture));
            Field(v.Fy.ToString("R", CultureInfo.InvariantCulture));
            Field(v.Labels);
            Field(v.Furniture);
            Field(v.Fine);
        }

        Field(Key.Count.ToString(CultureInfo.InvariantCulture));
        Key.ToList().ForEach(Field);
        Field(Unplaced.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (view, label) in Unplaced)
        {
            Field(view.ToString(CultureInfo.InvariantCulture));
            Field(label);
        }

        return text.ToString();
    }

    internal static MapDrawing Read(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var at = 0;
        string Field()
        {
            var colon = text.IndexOf(':', at);
            var length = int.Parse(text.AsSpan(at, colon - at), CultureInfo.InvariantCulture);
            at = colon + 1 + length;
            return text.Substring(colon + 1, length);
        }

        int Int() => int.Parse(Field(), CultureInfo.InvariantCulture);
        double Double() => double.Parse(Field(), CultureInfo.InvariantCulture);
        var (height, @base, overlay, title, description) = (Double(), Field(), Field(), Field(), Field());
        var views = Enumerable.Range(0, Int()).Select(_ => new MapViewDrawing(Int(), Double(), Double(), Double(), Field(), Field(), Field())).ToList();
        var key = Enumerable.Range(0, Int()).Select(_ => Field()).ToList();
        var unplaced = Enumerable.Range(0, Int()).Select(_ => (Int(), Field())).ToList();
        return new MapDrawing
        {
            Height = height, Base = @base, Overlay = overlay, Views = views, Title = title, Description = description, Key = key, Unplaced = unplaced,
        };
    }
}
