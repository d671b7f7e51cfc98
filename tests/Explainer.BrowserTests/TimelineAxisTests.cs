using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// The seed's time axis as readers get it, measured in Chromium: every label at least 12 CSS px and
/// clear of the others, at most two rows of labels on a phone, in light and dark; in the scene the
/// event in focus follows the step being read, moving only when motion is welcome; without
/// JavaScript each printed step shows the axis with its own event in focus.
/// </summary>
public sealed class TimelineAxisTests(SiteUnderTest site)
{
    /// <summary>
    /// Problems of the labels of every axis a reader sees (not a state hidden behind another, nor the
    /// 1 px copies kept for screen readers): each label's size on the screen, its box against the
    /// other labels and the axis' frame. Also counts the labels and the rows of event labels.
    /// </summary>
    private const string LabelProblems = """
        () => {
          const problems = [], seen = [];
          const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden' && e.closest('[inert]') === null; };
          const axes = [...document.querySelectorAll('.timeline-axis svg')].filter(s => { const r = s.getBoundingClientRect(); return r.width > 100 && r.height > 30 && visible(s); });
          let count = 0, rows = 0;
          for (const svg of axes) {
            const frame = svg.getBoundingClientRect();
            const where = `${svg.closest('[id]') ? '#' + svg.closest('[id]').id : 'an axis'} ${svg.getAttribute('class')} (${Math.round(frame.width)} px wide)`;
            const boxes = [...svg.querySelectorAll('text')].filter(visible).map(t => ({ t, r: t.getBoundingClientRect() }));
            for (const { t, r } of boxes) {
              count++;
              const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
              if (px < 11.95) problems.push(`${where}: "${t.textContent}" is ${px.toFixed(2)} px`);
              if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5)
                problems.push(`${where}: "${t.textContent}" leaves the frame`);
            }
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i].r, b = boxes[j].r;
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 1 && h > 1) problems.push(`${where}: "${boxes[i].t.textContent}" and "${boxes[j].t.textContent}" overlap`);
            }
            rows = Math.max(rows, new Set([...svg.querySelectorAll('.timeline-axis__labels text')].filter(visible).map(t => t.getAttribute('y'))).size);
            seen.push(where);
          }
          return { problems, count, rows, axes: seen };
        }
        """;

    /// <summary>What the scene's sticky graphic shows: the event whose dot is in focus in the visible axis, and the event told below it.</summary>
    private const string SceneFocus = """
        () => {
          const state = document.querySelector('#scene-eskalation .scene__graphic .scene__state.is-active');
          const svg = [...state.querySelectorAll('.timeline-axis svg')].find(s => getComputedStyle(s).display !== 'none');
          if (!svg) return { dot: '', told: '', bigger: false };
          const dot = svg.querySelector('circle.is-focus');
          const other = svg.querySelector('circle:not(.is-focus)');
          const told = [...state.querySelectorAll('.state-timeline__event')].filter(e => getComputedStyle(e).display !== 'none');
          return {
            dot: dot ? dot.getAttribute('data-id') : '',
            told: told.map(e => e.getAttribute('data-id')).join(' '),
            bigger: !!dot && !!other && dot.getBoundingClientRect().width > other.getBoundingClientRect().width * 1.4,
          };
        }
        """;

    private sealed class LabelReport
    {
        public string[] Problems { get; set; } = [];

        public int Count { get; set; }

        public int Rows { get; set; }

        public string[] Axes { get; set; } = [];
    }

    private sealed class FocusReport
    {
        public string Dot { get; set; } = string.Empty;

        public string Told { get; set; } = string.Empty;

        public bool Bigger { get; set; }
    }

    private static Viewport At(int width) => new($"{width} px", width, 800, IsMobile: width < 700, DeviceScaleFactor: 1);

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(320, "light")]
    [InlineData(360, "light")]
    [InlineData(360, "dark")]
    [InlineData(1280, "light")]
    [InlineData(1280, "dark")]
    public async Task Every_axis_label_is_at_least_12_px_and_clear_of_the_others(int width, string colorScheme)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(At(width), o => o.ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var findings = new Findings();

        // The timeline's own axis, then the scene's at each of its timeline steps.
        await tab.Locator("#timeline").ScrollIntoViewIfNeededAsync();
        var report = await tab.EvaluateAsync<LabelReport>(LabelProblems);
        Assert.True(report.Count >= 6, $"only {report.Count} labels measured at {width} px, in {string.Join(", ", report.Axes)}");
        Assert.InRange(report.Rows, 1, width < 400 ? 2 : 6);
        report.Problems.ToList().ForEach(p => findings.Add($"{width} px {colorScheme}, timeline", p));
        if (colorScheme == "light")
        {
            // The heading, the axis and the first events of the list, with the break told between them.
            var box = (await tab.Locator("#timeline").BoundingBoxAsync())!;
            await tab.ScreenshotAsync(new()
            {
                Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), $"timeline-axis-{width}.png"),
                FullPage = true,
                Clip = new() { X = 0, Y = box.Y + await tab.EvaluateAsync<float>("() => scrollY") - 16, Width = width, Height = Math.Min(box.Height + 16, 620) },
            });
        }

        foreach (var step in new[] { "p-wuetend", "p-so-oder-so" })
        {
            await SceneSteps.ScrollToMiddleAsync(tab, step);
            var atStep = await tab.EvaluateAsync<LabelReport>(LabelProblems);
            Assert.True(atStep.Axes.Any(a => a.StartsWith("#scene-eskalation", StringComparison.Ordinal)), $"the scene's axis is not shown at {step}: {string.Join(", ", atStep.Axes)}");
            Assert.InRange(atStep.Rows, 0, width < 400 ? 2 : 6);
            atStep.Problems.ToList().ForEach(p => findings.Add($"{width} px {colorScheme}, step {step}", p));
        }

        findings.AssertNone("Axis labels a reader cannot read");
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task In_the_scene_the_event_in_focus_follows_the_step_being_read(int width)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(At(width));
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);

        await SceneSteps.ScrollToMiddleAsync(tab, "p-wuetend");
        var first = await FocusAsync(tab);
        await SceneSteps.ScrollToMiddleAsync(tab, "p-so-oder-so");
        var last = await FocusAsync(tab);
        await tab.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), $"scene-timeline-{width}.png") });
        await SceneSteps.ScrollToMiddleAsync(tab, "p-rote-linien");
        var quote = await tab.EvaluateAsync<bool>("() => document.querySelector('#scene-eskalation .scene__graphic .scene__state.is-active .state-quote') !== null");
        await SceneSteps.ScrollToMiddleAsync(tab, "p-wuetend");
        var back = await FocusAsync(tab);

        Assert.Equal(("erlaubnis-2024", "erlaubnis-2024"), (first.Dot, first.Told));
        Assert.Equal(("besuch-2024", "besuch-2024"), (last.Dot, last.Told));
        Assert.True(quote, "the step between shows its quote, not the axis");
        Assert.Equal(("erlaubnis-2024", "erlaubnis-2024"), (back.Dot, back.Told));
        Assert.True(first.Bigger && last.Bigger, "the dot in focus is not drawn bigger than the others");
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(ReducedMotion.Reduce, false)]
    [InlineData(ReducedMotion.NoPreference, true)]
    public async Task The_focus_moves_with_a_transition_only_when_motion_is_welcome(ReducedMotion motion, bool moves)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone, o => o.ReducedMotion = motion);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        await SceneSteps.ScrollToMiddleAsync(tab, "p-so-oder-so");

        var durations = await tab.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#scene-eskalation .scene__graphic .timeline-axis circle, #timeline .timeline-axis circle')].map(c => getComputedStyle(c).transitionDuration)
            """);
        Assert.NotEmpty(durations);
        Assert.All(durations, d => Assert.Equal(moves, d.Split(',').Any(part => part.Trim() != "0s")));
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Without_javascript_each_printed_step_shows_the_axis_with_its_own_event_in_focus(int width)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(At(width), o => o.JavaScriptEnabled = false);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);

        var states = await tab.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#scene-eskalation .scene__fallback .state-timeline')].map(state => {
              const svg = [...state.querySelectorAll('.timeline-axis svg')].find(s => getComputedStyle(s).display !== 'none');
              const told = [...state.querySelectorAll('.state-timeline__event')].filter(e => e.getBoundingClientRect().height > 0);
              return [svg && svg.getBoundingClientRect().height > 30 ? 'drawn' : 'not drawn',
                svg && svg.querySelector('circle.is-focus') ? svg.querySelector('circle.is-focus').getAttribute('data-id') : '',
                told.map(e => e.getAttribute('data-id')).join(' ')];
            })
            """);

        Assert.Equal([["drawn", "erlaubnis-2024", "erlaubnis-2024"], ["drawn", "besuch-2024", "besuch-2024"]], states);
        var report = await tab.EvaluateAsync<LabelReport>(LabelProblems);
        Assert.Empty(report.Problems);
        Assert.True(await tab.Locator("#event-gipfel-2019 .timeline__gap").IsVisibleAsync(), "the break is not told in the list");
    }

    /// <summary>What the scene's graphic shows once the dot in focus has grown (its transition takes 0.3 s).</summary>
    private static async Task<FocusReport> FocusAsync(IPage tab)
    {
        await tab.WaitForTimeoutAsync(500);
        return await tab.EvaluateAsync<FocusReport>(SceneFocus);
    }
}
