using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>With reduced motion asked for, nothing moves: no running transition or animation, no smooth scrolling.</summary>
public sealed class ReducedMotionTests(SiteUnderTest site)
{
    /// <summary>Animations running right now (a transition shows up the moment its state changes), described.</summary>
    private const string RunningAnimations = """
        () => document.getAnimations().filter(a => a.playState === 'running' || a.playState === 'pending').map(a => {
          const t = a.effect && a.effect.target;
          const what = a.transitionProperty ? `transition of ${a.transitionProperty}` : a.animationName ? `animation ${a.animationName}` : a.constructor.name;
          return `${what} on ${t ? '<' + t.localName + (t.id ? '#' + t.id : '') + (t.className ? '.' + String(t.className).trim().replace(/\s+/g, '.') : '') + '>' : 'the document'}`;
        })
        """;

    private const string SmoothScrollers = """
        () => [...document.querySelectorAll('*')]
          .filter(e => getComputedStyle(e).scrollBehavior !== 'auto')
          .map(e => `<${e.localName}${e.id ? '#' + e.id : ''}> has scroll-behavior: ${getComputedStyle(e).scrollBehavior}`)
        """;

    private const string TwoFrames = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))";

    /// <summary>Scrolls down by part of a screen, as a reader does; false once at the bottom.</summary>
    private const string ScrollDownOnce = """
        () => { const before = scrollY; window.scrollBy({ top: innerHeight * 0.6, behavior: 'instant' }); return scrollY > before; }
        """;

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Nothing_moves_when_reduced_motion_is_asked_for(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        await using var context = await site.NewContextAsync(viewport, options => options.ReducedMotion = ReducedMotion.Reduce);
        var findings = new Findings();

        foreach (var page in site.Pages)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            var where = $"{page} at {viewport}";
            var tab = await SiteUnderTest.OpenAsync(context, page);
            Assert.True(await tab.EvaluateAsync<bool>("() => matchMedia('(prefers-reduced-motion: reduce)').matches"), "reduced motion is not emulated");

            var seen = new HashSet<string>(StringComparer.Ordinal);
            async Task CheckAfter(string interaction)
            {
                // Scroll-driven components change state in IntersectionObserver callbacks, which run
                // after a rendering step: two frames let them fire before we look.
                await tab.EvaluateAsync(TwoFrames);
                foreach (var running in await tab.EvaluateAsync<string[]>(RunningAnimations))
                {
                    if (seen.Add(running))
                    {
                        findings.Add(where, $"{running} runs after {interaction}");
                    }
                }
            }

            await CheckAfter("loading");

            var focusableCount = await tab.EvaluateAsync<int>($"() => document.querySelectorAll(\"{DomProbes.FocusableSelector}\").length");
            for (var i = 0; i < focusableCount; i++)
            {
                await tab.Keyboard.PressAsync("Tab");
                await CheckAfter($"Tab {i + 1}");
            }

            if (!viewport.IsMobile)
            {
                var focusables = tab.Locator(DomProbes.FocusableSelector);
                for (var i = 0; i < focusableCount; i++)
                {
                    var target = focusables.Nth(i);
                    if (await target.IsVisibleAsync() && await target.BoundingBoxAsync() is { X: >= 0 })
                    {
                        await target.HoverAsync();
                        await CheckAfter($"hovering {await target.EvaluateAsync<string>("e => `<${e.localName}> \"${e.textContent.trim().slice(0, 40)}\"`")}");
                    }
                }
            }

            await tab.EvaluateAsync("() => window.scrollTo({ top: 0, behavior: 'instant' })");
            for (var step = 1; step <= 200 && await tab.EvaluateAsync<bool>(ScrollDownOnce); step++)
            {
                await CheckAfter($"scrolling down {step} times");
            }

            await tab.Keyboard.PressAsync("Home");
            await CheckAfter("pressing Home");
            await tab.Keyboard.PressAsync("End");
            await CheckAfter("pressing End");
            await tab.Mouse.WheelAsync(0, -600);
            await CheckAfter("scrolling up with the wheel");

            foreach (var smooth in await tab.EvaluateAsync<string[]>(SmoothScrollers))
            {
                findings.Add(where, smooth);
            }

            await tab.CloseAsync();
        }

        findings.AssertNone("Motion despite prefers-reduced-motion: reduce");
    }
}
