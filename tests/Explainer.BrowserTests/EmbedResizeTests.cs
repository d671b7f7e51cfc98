using System.Text.RegularExpressions;
using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// Sections embedded on someone else's page (another origin) with the snippets the Embed control
/// hands out: with the script, the iframe always fits its section; without it, the section still shows.
/// </summary>
public sealed class EmbedResizeTests(SiteUnderTest site, HostSite host) : IClassFixture<HostSite>
{
    [Theory(Timeout = 120_000)]
    [InlineData("timeline")]
    [InlineData("perspectives")]
    [InlineData("quote-atomwaffe")]
    [InlineData("scene-eskalation")]
    [InlineData("figure-karte-orte")]
    [InlineData("figure-video-empfang")]
    public async Task The_script_form_fits_the_iframe_to_its_section_as_it_grows_and_shrinks(string section)
    {
        var cancel = TestContext.Current.CancellationToken;
        var snippet = await EmbedSnippets.ForAsync(site, section);
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var errors = ConsoleErrors.Watch(context);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(host.Add($"Host page embedding {section}", snippet.Script).AbsoluteUri);
        var frame = await EmbedFrames.FrameAsync(tab);

        var preset = EmbedSnippets.PresetHeight(snippet.Script);
        var wide = await EmbedFrames.WaitUntilFitsAsync(frame, $"{section} at {Viewport.Desktop}");
        Assert.Equal(wide.Height, await EmbedFrames.HeightAsync(tab), 1.0);

        // Text and images reflow in a narrow window: the section changes height, and back when the window widens again.
        cancel.ThrowIfCancellationRequested();
        await tab.SetViewportSizeAsync(Viewport.Phone.Width, Viewport.Phone.Height);
        var narrow = await EmbedFrames.WaitUntilFitsAsync(frame, $"{section} at {Viewport.Phone.Width} px", widthNot: wide.Width);
        Assert.Equal(narrow.Height, await EmbedFrames.HeightAsync(tab), 1.0);
        await tab.SetViewportSizeAsync(Viewport.Desktop.Width, Viewport.Desktop.Height);
        var again = await EmbedFrames.WaitUntilFitsAsync(frame, $"{section} back at {Viewport.Desktop.Width} px", widthNot: narrow.Width);
        Assert.Equal(wide.Height, again.Height, 1.0);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{section}: preset {preset} px; fits at {wide.Height} px ({wide.Width} px wide), {narrow.Height} px ({narrow.Width} px wide), {again.Height} px again");

        // A quote's context note opens inside the embed: the iframe grows with it and shrinks when it closes.
        if (await frame.Locator("details summary").CountAsync() > 0)
        {
            await frame.Locator("details summary").First.ClickAsync();
            var open = await EmbedFrames.WaitUntilFitsAsync(frame, $"{section} with its note open", above: again.Height);
            Assert.Equal(open.Height, await EmbedFrames.HeightAsync(tab), 1.0);
            await frame.Locator("details summary").First.ClickAsync();
            var closed = await EmbedFrames.WaitUntilFitsAsync(frame, $"{section} with its note closed", below: open.Height);
            Assert.Equal(again.Height, closed.Height, 1.0);
            Assert.Equal(closed.Height, await EmbedFrames.HeightAsync(tab), 1.0);
            TestContext.Current.TestOutputHelper?.WriteLine($"{section}: {open.Height} px with the note open, {closed.Height} px closed");
        }

        errors.AssertNone();
    }

    /// <summary>Makes embed.js believe the browser has no scroll anchoring (as in Safari), before any script runs.</summary>
    private const string WithoutScrollAnchoring = """
        (() => {
          const supports = CSS.supports.bind(CSS);
          CSS.supports = function (property) { return /overflow-anchor/.test(String(property)) ? false : supports.apply(null, arguments); };
        })();
        """;

    [Theory(Timeout = 120_000)]
    [InlineData("browser")]
    [InlineData("embed.js")]
    public async Task A_frame_that_grows_above_the_viewport_leaves_the_reader_where_they_were(string anchoring)
    {
        // "browser": Chromium's own scroll anchoring keeps the place. "embed.js": as in Safari, which has
        // none; the page turns it off and embed.js must scroll by the growth itself.
        // The timeline is taller than its preset height. Its stylesheet is held back until the reader has
        // scrolled past, as on a slow connection: only then does it load and report its height.
        var cancel = TestContext.Current.CancellationToken;
        var snippet = await EmbedSnippets.ForAsync(site, "timeline");
        var preset = EmbedSnippets.PresetHeight(snippet.Script);
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var errors = ConsoleErrors.Watch(context);
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await context.RouteAsync(new Regex(@"/assets/embed\.[0-9a-f]+\.css$"), async route =>
        {
            requested.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        var tab = await context.NewPageAsync();
        if (anchoring == "embed.js")
        {
            await tab.AddInitScriptAsync(WithoutScrollAnchoring);
        }

        try
        {
            var page = host.Add(
                "Host page with an embed above the reader",
                snippet.Script + HostSite.Filler(80, markerId: "reader", markerAt: 40),
                anchoring == "embed.js" ? "html, body { overflow-anchor: none }" : null);
            await tab.GotoAsync(page.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            await requested.Task.WaitAsync(TimeSpan.FromSeconds(20), cancel);

            // The reader has scrolled on past the embed and is reading a paragraph further down.
            var start = await tab.EvaluateAsync<double[]>("""
                () => {
                  const reader = document.getElementById('reader');
                  reader.scrollIntoView({ block: 'center', behavior: 'instant' });
                  const frame = document.querySelector('iframe[data-xpl]').getBoundingClientRect();
                  return [reader.getBoundingClientRect().top, scrollY, frame.bottom, frame.height];
                }
                """);
            Assert.True(start[2] < 0, $"the iframe should be above the viewport, but its bottom is at {start[2]} px");
            Assert.Equal(preset, start[3], 0.5);

            // Now the embed loads, out of sight, and reports its height: the iframe above grows.
            release.TrySetResult();
            var frame = await EmbedFrames.FrameAsync(tab);
            var after = await EmbedFrames.WaitUntilFitsAsync(frame, "the timeline", above: preset);
            Assert.Equal(after.Height, await EmbedFrames.HeightAsync(tab), 1.0);

            var end = await tab.EvaluateAsync<double[]>("() => [document.getElementById('reader').getBoundingClientRect().top, scrollY]");
            Assert.True(Math.Abs(end[0] - start[0]) <= 1,
                $"the paragraph the reader was reading moved from {start[0]} px to {end[0]} px on screen when the embed above grew by {after.Height - preset} px");
            Assert.Equal(start[1] + (after.Height - preset), end[1], 1.0);
            TestContext.Current.TestOutputHelper?.WriteLine($"{anchoring}: the embed grew {preset} → {after.Height} px above the viewport; the page scrolled {start[1]} → {end[1]} px");
            errors.AssertNone();
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Without_javascript_the_plain_iframe_form_shows_the_section_at_its_preset_height_and_scrolls()
    {
        // The scene is taller than its preset height, so without a height message its iframe must scroll.
        const string section = "scene-eskalation";
        var cancel = TestContext.Current.CancellationToken;
        var snippet = await EmbedSnippets.ForAsync(site, section);
        await using var context = await site.NewContextAsync(Viewport.Desktop, options => options.JavaScriptEnabled = false);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(host.Add("Host page without JavaScript", snippet.Iframe + HostSite.Filler(10)).AbsoluteUri);
        var frame = await EmbedFrames.FrameAsync(tab, "iframe");

        var preset = EmbedSnippets.PresetHeight(snippet.Iframe);
        Assert.Equal(preset, await EmbedFrames.HeightAsync(tab, "iframe"), 0.5);
        Assert.Null(await tab.Locator("iframe").GetAttributeAsync("scrolling"));
        Assert.Null(await frame.Locator($"#{section}-title").EvaluateAsync<string?>(DomProbes.WhyNotVisible));
        var size = await frame.EvaluateAsync<double[]>("() => [document.documentElement.scrollHeight, document.documentElement.clientHeight, scrollY]");
        Assert.True(size[0] > size[1], $"the section ({size[0]} px) should be taller than its {size[1]} px frame for this test");

        // The reader scrolls the frame with the wheel, down to the section's last line.
        cancel.ThrowIfCancellationRequested();
        await frame.EvaluateAsync("() => scrollTo(0, 0)");
        await tab.Locator("iframe").HoverAsync();
        await tab.Mouse.WheelAsync(0, 400);
        Assert.True(await Poll.UntilAsync(async () => await frame.EvaluateAsync<double>("() => scrollY") > 0, TimeSpan.FromSeconds(10)), "the wheel did not scroll the iframe");
        Assert.Null(await frame.Locator(".embed__source a").EvaluateAsync<string?>(DomProbes.WhyNotVisible));
        TestContext.Current.TestOutputHelper?.WriteLine($"{section}: {size[0]} px of content in a {preset} px iframe, scrollable");
    }
}
