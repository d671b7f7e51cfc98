using System.Globalization;
using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>Keyboard only: Tab reaches every link and control, in reading order, and shows where focus is.</summary>
public sealed class KeyboardTests(SiteUnderTest site)
{
    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Tab_reaches_every_link_and_control_in_order_with_a_visible_focus_indicator(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);

        // Reduced motion turns the theme's smooth scrolling off, so each focus is scrolled to at
        // once. With it on, two CI runs with every browser test class on two cores left the focus
        // off screen (once at phone, once at desktop size; on screen in every rerun): Chromium's
        // scroll animation to the focus, starved of frames, not the page's tab order.
        await using var context = await site.NewContextAsync(viewport, o => o.ReducedMotion = ReducedMotion.Reduce);
        var findings = new Findings();

        foreach (var page in site.Pages)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            var where = $"{page} at {viewport}";
            var tab = await SiteUnderTest.OpenAsync(context, page);
            var tabbables = await tab.EvaluateAsync<Tabbable[]>(DomProbes.ListTabbables, DomProbes.FocusableSelector);
            Assert.NotEmpty(tabbables);

            var visited = new List<int>();
            FocusState? previous = null;
            for (var press = 1; press <= tabbables.Length + 3; press++)
            {
                await tab.Keyboard.PressAsync("Tab");
                await WaitForFocusOnScreenAsync(tab);
                var focus = await tab.EvaluateAsync<FocusState>(DomProbes.DescribeFocus);
                if (focus.Index == -2 || visited.Contains(focus.Index))
                {
                    break; // focus left the page, or came round again
                }

                var stop = $"{where}, Tab {press} on {focus.Label}";
                if (focus.Index >= 0)
                {
                    visited.Add(focus.Index);
                }

                var unfocused = focus.Index >= 0 ? tabbables[focus.Index].Ring : null;
                if (WhyNoFocusIndicator(unfocused, focus) is { } noIndicator)
                {
                    findings.Add(stop, noIndicator);
                }

                if (!focus.OnScreen)
                {
                    findings.Add(stop, "the focused element is not on screen");
                }
                else if (focus.Covered is not null)
                {
                    findings.Add(stop, $"the focused element is covered by {focus.Covered}");
                }

                if (previous is not null && WhyOutOfVisualOrder(previous, focus) is { } outOfOrder)
                {
                    findings.Add(stop, $"{outOfOrder} (from {previous.Label})");
                }

                previous = focus;
            }

            var missed = Enumerable.Range(0, tabbables.Length).Except(visited).ToList();
            if (missed.Count > 0)
            {
                findings.Add(where, "Tab never reaches " + string.Join(", ", missed.Select(i => tabbables[i].Label)));
            }
            else if (!visited.SequenceEqual(Enumerable.Range(0, tabbables.Length)))
            {
                findings.Add(where, "Tab order differs from the DOM order: " + string.Join(" → ", visited.Select(i => tabbables[i].Label)));
            }

            await tab.CloseAsync();
        }

        findings.AssertNone("Keyboard problems");
    }

    /// <summary>Gives the scroll to the focused element up to ten seconds; if it never arrives, the check reports it.</summary>
    private static async Task WaitForFocusOnScreenAsync(IPage tab)
    {
        try
        {
            await tab.WaitForFunctionAsync(DomProbes.FocusOnScreen, null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // Reported below as "not on screen".
        }
    }

    /// <summary>An outline or box-shadow that is there, differs from the unfocused state, and (when drawn by the theme) contrasts 3:1.</summary>
    private static string? WhyNoFocusIndicator(FocusRing? unfocused, FocusState focus)
    {
        var ring = focus.Ring!;
        var outlineColor = CssColor.Parse(ring.OutlineColor);
        var hasOutline = ring.OutlineStyle != "none" && Pixels(ring.OutlineWidth) >= 1 && outlineColor is { A: > 0 };
        var hasShadow = ring.BoxShadow != "none";
        if (!hasOutline && !hasShadow)
        {
            return "shows no focus indicator (no outline, no box-shadow)";
        }

        if (unfocused is not null && unfocused == ring)
        {
            return "looks the same focused and unfocused (outline and box-shadow unchanged)";
        }

        // Chromium's own 'auto' ring is drawn in two colours and shows on any background.
        if (hasOutline && ring.OutlineStyle != "auto" && CssColor.Parse(focus.Background!) is { } background)
        {
            var contrast = CssColor.Contrast(outlineColor!.Value, background);
            if (contrast < 3)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"its focus outline {ring.OutlineColor} has {contrast:F2}:1 contrast against {focus.Background}, below 3:1");
            }
        }

        return null;
    }

    /// <summary>
    /// Reading order for left-to-right pages: focus goes down, right along a row, or up to the top of
    /// the next column to the right (side-by-side boxes are read column by column). Going up within
    /// a column, or left within a row, is out of order.
    /// </summary>
    private static string? WhyOutOfVisualOrder(FocusState previous, FocusState next)
    {
        var nextColumnToTheRight = next.Left >= previous.Right;
        if (next.Bottom <= previous.Top && !nextColumnToTheRight)
        {
            return "focus jumps back up the page";
        }

        var sameRow = next.Top < previous.Bottom && next.Bottom > previous.Top;
        return sameRow && next.Right <= previous.Left ? "focus jumps back left within a row" : null;
    }

    private static double Pixels(string length) =>
        double.TryParse(length.Replace("px", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var px) ? px : 0;

    // Playwright fills these from the probes' JSON: parameterless, with settable properties.
    public sealed record FocusRing
    {
        public string OutlineStyle { get; init; } = "none";
        public string OutlineWidth { get; init; } = "0px";
        public string OutlineColor { get; init; } = string.Empty;
        public string BoxShadow { get; init; } = "none";
    }

    public sealed record Tabbable
    {
        public string Label { get; init; } = string.Empty;
        public FocusRing Ring { get; init; } = new();
    }

    public sealed record FocusState
    {
        public int Index { get; init; }
        public string? Label { get; init; }
        public FocusRing? Ring { get; init; }
        public string? Background { get; init; }
        public bool OnScreen { get; init; }
        public string? Covered { get; init; }
        public double Left { get; init; }
        public double Top { get; init; }
        public double Right { get; init; }
        public double Bottom { get; init; }
    }
}
