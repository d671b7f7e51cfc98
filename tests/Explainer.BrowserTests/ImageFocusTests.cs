using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// Focus effects in scenes, as in Closeread but without a script for the reading: a step zooms the
/// sticky picture to a region (CSS moves it; the browser takes a wider variant when zoomed in), and
/// a quote step marks words of the quote. Without JavaScript each step's state is printed at its
/// region, already marked.
/// </summary>
public sealed class ImageFocusTests(SiteUnderTest site)
{
    private const string Picture = "#scene-ins-bild .scene__graphic .state-media__frame img";

    /// <summary>Where the picture's white disc (at 75 %, 75 % of the picture) is on the screen, against the frame's centre, and the scale.</summary>
    private const string DiscAndCentre = """
        sel => {
          const img = document.querySelector(sel), frame = img.parentElement.getBoundingClientRect(), box = img.getBoundingClientRect();
          return [box.left + box.width * .75, box.top + box.height * .75, frame.left + frame.width / 2, frame.top + frame.height / 2, box.width / frame.width];
        }
        """;

    private static SitePage Page(SiteUnderTest site) => site.Pages.Single(p => p.Url.AbsolutePath == ImageFocusExplainer.Path);

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_picture_zooms_to_each_step_s_region_and_takes_a_wider_variant_when_zoomed(int width)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        var viewport = new Viewport($"{width} px", width, 800, IsMobile: width < 700, DeviceScaleFactor: 1);
        await using var context = await site.NewContextAsync(viewport);
        var tab = await SiteUnderTest.OpenAsync(context, Page(site));

        await SceneSteps.ScrollToMiddleAsync(tab, "p-ganz");
        var whole = await SceneSteps.SettledAsync(tab, DiscAndCentre, Picture);
        var narrow = await tab.EvaluateAsync<string>($"() => document.querySelector('{Picture}').sizes");
        await SceneSteps.ScrollToMiddleAsync(tab, "p-kreis");
        var disc = await SceneSteps.SettledAsync(tab, DiscAndCentre, Picture);
        var zoomedSizes = await tab.EvaluateAsync<string>($"() => document.querySelector('{Picture}').sizes");
        await tab.WaitForFunctionAsync($"() => /-1600\\./.test(document.querySelector('{Picture}').currentSrc)");
        await SceneSteps.ScrollToMiddleAsync(tab, "p-ecke");
        var corner = await SceneSteps.SettledAsync(tab, DiscAndCentre, Picture);

        Assert.Equal(1, whole[4], 2);
        Assert.Equal(100 / 30.0, disc[4], 2);
        Assert.Equal(5, corner[4], 2);

        // The region [60, 60, 30, 30] is centred on the disc: the disc is at the frame's centre.
        Assert.InRange(Math.Abs(disc[0] - disc[2]), 0, 1.5);
        Assert.InRange(Math.Abs(disc[1] - disc[3]), 0, 1.5);
        Assert.DoesNotContain("calc(", narrow, StringComparison.Ordinal);
        Assert.Contains("calc(", zoomedSizes, StringComparison.Ordinal);
    }

    [Fact(Timeout = GateTimeouts.EveryPage)]
    public async Task With_reduced_motion_the_picture_jumps_to_its_region_without_a_transition()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone, o => o.ReducedMotion = ReducedMotion.Reduce);
        var tab = await SiteUnderTest.OpenAsync(context, Page(site));
        await SceneSteps.ScrollToMiddleAsync(tab, "p-kreis");

        var durations = await tab.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector('{Picture}').parentElement).transitionDuration");
        Assert.All(durations.Split(','), d => Assert.Equal("0s", d.Trim()));
        Assert.Equal(100 / 30.0, (await tab.EvaluateAsync<double[]>(DiscAndCentre, Picture))[4], 2);
    }

    [Fact(Timeout = GateTimeouts.EveryPage)]
    public async Task With_motion_the_picture_moves_between_regions_with_a_transition()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone, o => o.ReducedMotion = ReducedMotion.NoPreference);
        var tab = await SiteUnderTest.OpenAsync(context, Page(site));

        var durations = await tab.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector('{Picture}').parentElement).transitionDuration");
        Assert.Contains(durations.Split(','), d => d.Trim() != "0s");
    }

    [Fact(Timeout = GateTimeouts.EveryPage)]
    public async Task Without_javascript_each_step_s_picture_is_printed_at_its_region()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone, o => o.JavaScriptEnabled = false);
        var tab = await SiteUnderTest.OpenAsync(context, Page(site));

        var scales = await tab.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('#scene-ins-bild .scene__fallback .state-media__frame img')]
              .map(img => img.getBoundingClientRect().width / img.parentElement.getBoundingClientRect().width)
            """);
        Assert.Equal([1, 3.33, 5], scales.Select(s => Math.Round(s, 2)));
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_quote_step_marks_its_words_in_the_quote_shown(bool javaScript)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone, o => o.JavaScriptEnabled = javaScript);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);

        // The active graphic with JavaScript; the printed state before the step without.
        var where = javaScript ? "#scene-eskalation .scene__graphic .scene__state.is-active" : "#scene-eskalation .scene__fallback";
        if (javaScript)
        {
            await SceneSteps.ScrollToMiddleAsync(tab, "p-rote-linien");
        }

        var marked = await tab.EvaluateAsync<string[]>($"() => [...document.querySelectorAll('{where} mark')].filter(m => m.getBoundingClientRect().height > 0).map(m => m.textContent)");
        Assert.Equal(["viele rote Linien überschritten"], marked);
    }
}
