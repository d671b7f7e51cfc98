using Microsoft.Playwright;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// The embedded section's frame, seen from both sides: inside, whether the document fits its iframe
/// exactly (no inner scrollbar); outside, the iframe's height on the host page.
/// </summary>
public static class EmbedFrames
{
    /// <summary>The iframe that embed.js makes from the script form.</summary>
    public const string ScriptFormIframe = "iframe[data-xpl]";

    /// <summary>
    /// In the frame: true when its viewport (the iframe) is as tall as the document, within 1 px, and
    /// nothing overflows; <c>above</c>/<c>below</c> also ask for a height that has grown or shrunk, and
    /// <c>widthNot</c> for a width that has changed (so a stale layout cannot pass).
    /// </summary>
    private const string FitsContent = """
        ({ above, below, widthNot }) => {
          const r = document.documentElement, h = r.getBoundingClientRect().height;
          return h > 0 && Math.abs(innerHeight - Math.ceil(h)) <= 1 && r.scrollHeight <= r.clientHeight && r.scrollWidth <= r.clientWidth
            && (above === null || innerHeight > above) && (below === null || innerHeight < below) && (widthNot === null || innerWidth !== widthNot);
        }
        """;

    private const string Describe = """
        () => { const r = document.documentElement;
          return `frame viewport ${innerWidth}x${innerHeight}, document ${r.getBoundingClientRect().height} px tall, scrollHeight ${r.scrollHeight}, clientHeight ${r.clientHeight}, scrollWidth ${r.scrollWidth}, clientWidth ${r.clientWidth}`; }
        """;

    /// <summary>The content frame of the (first) iframe matching <paramref name="selector"/>, once it has loaded.</summary>
    public static async Task<IFrame> FrameAsync(IPage host, string selector = ScriptFormIframe)
    {
        var iframe = host.Locator(selector).First;
        await iframe.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var frame = await (await iframe.ElementHandleAsync()).ContentFrameAsync()
            ?? throw new InvalidOperationException($"{selector} has no content frame");
        await frame.WaitForLoadStateAsync(LoadState.Load);
        return frame;
    }

    /// <summary>
    /// Waits (bounded) until the frame fits its document exactly, optionally taller than
    /// <paramref name="above"/>, shorter than <paramref name="below"/>, or no longer
    /// <paramref name="widthNot"/> px wide; returns the frame's size. On timeout the failure says what
    /// the frame looked like.
    /// </summary>
    public static async Task<(double Width, double Height)> WaitUntilFitsAsync(
        IFrame frame, string what, double? above = null, double? below = null, double? widthNot = null, float timeout = 10_000)
    {
        try
        {
            await frame.WaitForFunctionAsync(FitsContent, new { above, below, widthNot }, new FrameWaitForFunctionOptions { Timeout = timeout, PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            var bounds = (above is null ? string.Empty : $", taller than {above} px")
                + (below is null ? string.Empty : $", shorter than {below} px")
                + (widthNot is null ? string.Empty : $", other than {widthNot} px wide");
            Assert.Fail($"{what}: the iframe did not come to fit its document{bounds} within {timeout / 1000} s: {await frame.EvaluateAsync<string>(Describe)}");
        }

        var size = await frame.EvaluateAsync<double[]>("() => [innerWidth, innerHeight]");
        return (size[0], size[1]);
    }

    /// <summary>The iframe's height on the host page, in CSS pixels.</summary>
    public static Task<double> HeightAsync(IPage host, string selector = ScriptFormIframe) =>
        host.Locator(selector).First.EvaluateAsync<double>("f => f.getBoundingClientRect().height");
}
