namespace Explainer.Components.Maps;

/// <summary>An axis-aligned rectangle in SVG user units, y down: a map's frame, a view, a label's box.</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    /// <summary>Whether the two interiors meet; boxes that only touch along an edge do not overlap.</summary>
    public bool Overlaps(Box other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    /// <summary>Whether the two boxes meet at all, edges included.</summary>
    public bool Intersects(Box other) => Left <= other.Right && other.Left <= Right && Top <= other.Bottom && other.Top <= Bottom;

    /// <summary>Whether this box lies within <paramref name="frame"/>, edges included.</summary>
    public bool Inside(Box frame) =>
        Left >= frame.Left && Top >= frame.Top && Right <= frame.Right && Bottom <= frame.Bottom;

    /// <summary>Whether the point lies in the box, edges included.</summary>
    public bool Contains((double X, double Y) p) => p.X >= Left && p.X <= Right && p.Y >= Top && p.Y <= Bottom;

    /// <summary>This box with every edge moved outwards by <paramref name="margin"/>.</summary>
    public Box Grow(double margin) => new(Left - margin, Top - margin, Right + margin, Bottom + margin);
}
