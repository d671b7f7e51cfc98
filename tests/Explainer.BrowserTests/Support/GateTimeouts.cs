namespace Explainer.BrowserTests.Support;

/// <summary>Time limits of the gates, in milliseconds (xunit's Timeout takes a constant).</summary>
public static class GateTimeouts
{
    /// <summary>
    /// A gate that opens every page the build writes: the explainer, the index, the 404 page and one
    /// embed page per section (twelve for the seed). On a loaded two-core machine the keyboard and
    /// reduced-motion walks took over two minutes, so they get five.
    /// </summary>
    public const int EveryPage = 300_000;
}
