using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// The seed's map as readers get it, measured in Chromium: every label at least 12 CSS px, clear of
/// the other labels, of the markers and of the frame, from 320 to 1280 px wide, in light and dark;
/// drawn without JavaScript; moving (zooming) in its scene as the steps go by.
/// </summary>
public sealed class MapTests(SiteUnderTest site)
{
    /// <summary>
    /// Problems of the labels of every map shown: each visible label's font size on the screen (its
    /// size in map units times the map's scale there), its box against the other labels, the
    /// markers and the map's frame. Also counts the labels measured.
    /// </summary>
    private const string LabelProblems = """
        () => {
          const problems = [], seen = [];
          const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && e.closest('[inert]') === null; };
          // Maps a reader sees: not a state hidden behind another (inert), nor the stacked copies kept for screen readers (1 px).
          const maps = [...document.querySelectorAll('svg.map')].filter(s => { const r = s.getBoundingClientRect(); return r.width > 100 && r.height > 50 && s.closest('[inert]') === null; });
          let count = 0;
          for (const svg of maps) {
            const frame = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].filter(visible);
            const markers = [...svg.querySelectorAll('circle.map__marker')].filter(visible).map(c => c.getBoundingClientRect())
              .filter(r => r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom);
            const boxes = texts.map(t => ({ t, r: t.getBoundingClientRect() }));
            const where = `${svg.closest('[id]') ? '#' + svg.closest('[id]').id : 'a map'} (${Math.round(frame.width)} px wide)`;
            for (const { t, r } of boxes) {
              count++;
              const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
              if (px < 11.95) problems.push(`${where}: "${t.textContent}" is ${px.toFixed(2)} px`);
              if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5)
                problems.push(`${where}: "${t.textContent}" leaves the frame`);
              for (const m of markers) {
                const w = Math.min(r.right, m.right) - Math.max(r.left, m.left), h = Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top);
                if (w > 1 && h > 1) problems.push(`${where}: "${t.textContent}" covers a marker`);
              }
            }
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i].r, b = boxes[j].r;
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 1 && h > 1) problems.push(`${where}: "${boxes[i].t.textContent}" and "${boxes[j].t.textContent}" overlap`);
            }
            seen.push(where);
          }
          return { problems, count, maps: seen };
        }
        """;

    private const string MapView = """
        sel => { const g = document.querySelector(sel); const m = new DOMMatrix(getComputedStyle(g).transform); return [m.a, m.e, m.f]; }
        """;

    private sealed class LabelReport
    {
        public string[] Problems { get; set; } = [];

        public int Count { get; set; }

        public string[] Maps { get; set; } = [];
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(320, "light")]
    [InlineData(360, "dark")]
    [InlineData(768, "light")]
    [InlineData(1280, "dark")]
    public async Task Every_label_is_at_least_12_px_and_clear_of_labels_markers_and_the_frame(int width, string colorScheme)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        var viewport = new Viewport($"{width} px", width, 800, IsMobile: width < 700, DeviceScaleFactor: 1);
        await using var context = await site.NewContextAsync(viewport, o => o.ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var findings = new Findings();

        // The figure, then the scene's map at each of its steps as the reader scrolls to it.
        var report = await tab.EvaluateAsync<LabelReport>(LabelProblems);
        Assert.True(report.Count >= 6, $"only {report.Count} labels measured at {width} px, in {string.Join(", ", report.Maps)}");
        report.Problems.ToList().ForEach(p => findings.Add($"{width} px {colorScheme}, figure", p));
        foreach (var step in new[] { "p-abkommen", "p-entwicklung", "p-besorgt" })
        {
            await SceneSteps.ScrollToMiddleAsync(tab, step);
            await SceneSteps.SettledAsync(tab, MapView, "#scene-region .scene__graphic .map__view");
            var atStep = await tab.EvaluateAsync<LabelReport>(LabelProblems);
            Assert.True(atStep.Maps.Any(m => m.StartsWith("#scene-region", StringComparison.Ordinal)), $"the scene's map is not shown at {step}: {string.Join(", ", atStep.Maps)}");
            atStep.Problems.ToList().ForEach(p => findings.Add($"{width} px {colorScheme}, step {step}", p));
        }

        findings.AssertNone("Map labels a reader cannot read");
    }

    [Fact(Timeout = GateTimeouts.EveryPage)]
    public async Task The_scene_zooms_the_map_in_as_its_steps_are_read_and_back_out()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        const string View = "#scene-region .scene__graphic .map__view";

        await SceneSteps.ScrollToMiddleAsync(tab, "p-abkommen");
        var whole = await SceneSteps.SettledAsync(tab, MapView, View);
        await SceneSteps.ScrollToMiddleAsync(tab, "p-besorgt");
        var busan = await SceneSteps.SettledAsync(tab, MapView, View);

        // Zoomed, the finer geometry is shown and the view's own labels; Busan's label is among them.
        const string Fine = "() => document.querySelector('#scene-region .scene__graphic svg.map .map__fine') !== null";
        Assert.True(await tab.EvaluateAsync<bool>(Fine));
        var labels = await tab.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#scene-region .scene__graphic .map__labels text')].map(t => t.textContent)");
        Assert.Contains("Busan", labels);
        await tab.Locator("#scene-region .scene__graphic").ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), "map-scene-busan.png") });

        await SceneSteps.ScrollToMiddleAsync(tab, "p-abkommen");
        var back = await SceneSteps.SettledAsync(tab, MapView, View);

        Assert.Equal(1, whole[0], 2);
        Assert.True(busan[0] > 2.5, $"the map did not zoom in at the step about Busan: scale {busan[0]}");
        Assert.Equal(whole[0], back[0], 2);
        Assert.False(await tab.EvaluateAsync<bool>(Fine));
    }

    [Fact(Timeout = GateTimeouts.EveryPage)]
    public async Task With_reduced_motion_the_map_jumps_to_its_view_without_a_transition()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone, o => o.ReducedMotion = ReducedMotion.Reduce);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        await SceneSteps.ScrollToMiddleAsync(tab, "p-besorgt");
        await tab.WaitForFunctionAsync("() => document.querySelector('#scene-region .scene__graphic .map__view').style.getPropertyValue('--k') !== ''");

        var durations = await tab.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#scene-region .scene__graphic .map__view')).transitionDuration");
        Assert.All(durations.Split(','), d => Assert.Equal("0s", d.Trim()));
        Assert.True((await tab.EvaluateAsync<double[]>(MapView, "#scene-region .scene__graphic .map__view"))[0] > 2.5);
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Without_javascript_the_figure_and_every_state_of_the_scene_are_drawn_at_their_view(int width)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        var viewport = new Viewport($"{width} px", width, 800, IsMobile: width < 700, DeviceScaleFactor: 1);
        await using var context = await site.NewContextAsync(viewport, o => o.JavaScriptEnabled = false);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);

        var maps = await tab.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('svg.map')].filter(s => s.getBoundingClientRect().height > 0)
              .map(s => { const m = new DOMMatrix(getComputedStyle(s.querySelector('.map__view')).transform); return [s.getBoundingClientRect().width, s.getBoundingClientRect().height, m.a, s.querySelectorAll('text').length]; })
            """);

        // The figure and the scene's three states, each with its labels, the last two zoomed in.
        Assert.Equal(4, maps.Length);
        Assert.All(maps, m => Assert.True(m[0] > 200 && m[1] > 100 && m[3] >= 3, $"a map drawn {m[0]}×{m[1]} with {m[3]} labels"));
        Assert.Equal([1, 1], maps.Take(2).Select(m => Math.Round(m[2], 2)));
        Assert.All(maps.Skip(2), m => Assert.True(m[2] > 2, $"a zoomed state is drawn at scale {m[2]}"));

        var report = await tab.EvaluateAsync<LabelReport>(LabelProblems);
        Assert.Empty(report.Problems);
    }
}
