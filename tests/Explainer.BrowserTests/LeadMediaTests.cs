using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Explainer.Build;
using Explainer.BrowserTests.Support;
using Explainer.Cli.Serving;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// An index of several cards: the seed (its card the drawn preview) and the unit tests' lead fixture
/// (one explainer led by an image, one without a hero), built and served at the root.
/// </summary>
public sealed class CardSite : IAsyncLifetime
{
    private readonly string _run = Path.Combine(Path.GetTempPath(), "explainer-browser-tests", Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;

    public Uri Url => _server?.Url ?? throw new InvalidOperationException("the card site is not served yet");

    public async ValueTask InitializeAsync()
    {
        var input = Path.Combine(_run, "input");
        Folders.Copy(RepositoryPaths.Input, input);
        var lead = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(RepositoryPaths.LeadImage)))!;
        foreach (var slug in new[] { "mit-bild", "ohne-bild" })
        {
            Folders.Copy(Path.Combine(lead, slug), Path.Combine(input, slug));
        }

        var output = Path.Combine(_run, "site");
        Directory.CreateDirectory(output);
        _server = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(output));
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, output, RepositoryPaths.Theme, _server.Url));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The card site did not build:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_run, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
    }
}

/// <summary>
/// The lead under the headline and the index's cards as readers get them: boxes reserved before
/// their pictures arrive (no layout shift), the hero image as the largest paint, cards of one size
/// that do not overlap, and no WCAG violation on the index in light and dark.
/// </summary>
public sealed class LeadMediaTests(SiteUnderTest site, CardSite cards) : IClassFixture<CardSite>
{
    /// <summary>Adds up layout shifts and records each largest-contentful-paint candidate (the id of its nearest element with one, and its tag).</summary>
    private const string Observers = """
        window.__shift = 0; window.__lcp = [];
        new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lcp.push(e.element ? `${e.element.closest('[id]')?.id ?? ''} ${e.element.tagName}` : '(gone)'); })
          .observe({ type: 'largest-contentful-paint', buffered: true });
        """;

    private const string Box = "sel => { const r = document.querySelector(sel).getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; }";

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_hero_image_has_its_box_before_it_arrives_and_is_the_largest_paint(int width)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(At(width));
        await context.AddInitScriptAsync(Observers);
        var arrived = new TaskCompletionSource();
        await context.RouteAsync($"**/media/{SiteUnderTest.SecondExplainerHero}-*.webp", async route =>
        {
            await arrived.Task;
            await route.ContinueAsync();
        });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(new Uri(site.Url, SiteUnderTest.SecondExplainerSlug + "/").AbsoluteUri, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        const string Image = "figure.figure--lead img";

        // Held back: not there yet, yet drawn at its final size, 1000 by 600 scaled to the column.
        Assert.False(await tab.EvaluateAsync<bool>($"() => document.querySelector('{Image}').complete"));
        var before = await tab.EvaluateAsync<double[]>(Box, Image);
        Assert.Equal(0.6, before[3] / before[2], 2);
        Assert.True(before[2] >= Math.Min(width - 32, 600), $"the lead is drawn {before[2]} px wide at {width} px");
        Assert.True(before[1] < 800, $"the lead starts at {before[1]} px, below the first screen");

        arrived.SetResult();
        await tab.WaitForFunctionAsync($"() => document.querySelector('{Image}').complete && document.querySelector('{Image}').naturalWidth > 0");
        var after = await tab.EvaluateAsync<double[]>(Box, Image);
        Assert.Equal(before, after);

        // Chromium reports the image as the largest paint once it is painted.
        var lcp = $"figure-{SiteUnderTest.SecondExplainerHero} IMG";
        var painted = await Poll.UntilAsync(async () => await tab.EvaluateAsync<string?>("() => window.__lcp.at(-1)") == lcp, TimeSpan.FromSeconds(10));
        Assert.True(painted, $"the largest paints were {string.Join(", ", await tab.EvaluateAsync<string[]>("() => window.__lcp"))}, not {lcp}");
        Assert.Equal(0, await tab.EvaluateAsync<double>("() => window.__shift"));
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_seed_leads_with_its_map_in_the_first_screen_without_layout_shift(int width)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(At(width));
        await context.AddInitScriptAsync(Observers);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);

        var lead = await tab.EvaluateAsync<double[]>(Box, "header.explainer__header + figure.figure--lead svg.map");
        var column = await tab.EvaluateAsync<double[]>(Box, ".article-body");
        Assert.True(lead[1] < 800, $"the map starts at {lead[1]} px, below the first screen");
        Assert.True(lead[2] >= column[2] - 1, $"the map ({lead[2]} px) is narrower than the column ({column[2]} px)");
        Assert.True(width < 1024 || lead[2] > column[2] + 100, $"at {width} px the map ({lead[2]} px) is no wider than the column ({column[2]} px)");
        Assert.Equal(360.0 / 640, lead[3] / lead[2], 2);
        Assert.Equal(0, await tab.EvaluateAsync<double>("() => window.__shift"));

        // Its "Embed" control is filled in once the page is read, when a slow page may have been
        // painted already: the figure is as tall before (the control emptied again) as after.
        var heights = await tab.EvaluateAsync<double[]>("""
            () => {
              const figure = document.querySelector('figure.figure--lead'), box = figure.querySelector('.embed-control');
              const filled = figure.getBoundingClientRect().height;
              box.replaceChildren(); box.hidden = true;
              return [filled, figure.getBoundingClientRect().height];
            }
            """);
        Assert.Equal(heights[0], heights[1]);
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_cards_pictures_have_one_fixed_size_before_they_arrive_and_the_cards_do_not_overlap(int width)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(At(width));
        await context.AddInitScriptAsync(Observers);
        var arrived = new TaskCompletionSource();
        await context.RouteAsync("**/*.{webp,png}", async route =>
        {
            await arrived.Task;
            await route.ContinueAsync();
        });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(cards.Url.AbsoluteUri, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        const string Cards = """
            () => [...document.querySelectorAll('.cards > .card')].map(c => {
              const r = c.getBoundingClientRect(), i = c.querySelector('img').getBoundingClientRect();
              return [r.left, r.top, r.right, r.bottom, i.width, i.height, c.querySelectorAll('a').length, c.querySelector('img').complete ? 1 : 0];
            })
            """;

        var before = await tab.EvaluateAsync<double[][]>(Cards);
        arrived.SetResult();
        await tab.WaitForFunctionAsync("() => [...document.querySelectorAll('.card img')].every(i => i.complete && i.naturalWidth > 0)");
        var after = await tab.EvaluateAsync<double[][]>(Cards);

        Assert.Equal(3, before.Length);
        Assert.All(before, c => Assert.Equal(0, c[7]));
        Assert.All(after, c => Assert.Equal(1, c[6]));
        Assert.Equal(before.Select(c => c[..6]), after.Select(c => c[..6]));
        Assert.All(after, c => Assert.True(Math.Abs(c[4] - after[0][4]) < 0.5 && Math.Abs(c[5] - after[0][5]) < 0.5, $"a card's picture is {c[4]}×{c[5]}, another's {after[0][4]}×{after[0][5]}"));
        Assert.Equal(21.0 / 40, after[0][5] / after[0][4], 2);
        Assert.All(after, c => Assert.InRange(c[4], c[2] - c[0] - 2.5, c[2] - c[0]));
        for (var i = 0; i < after.Length; i++)
        {
            for (var j = i + 1; j < after.Length; j++)
            {
                var (a, b) = (after[i], after[j]);
                Assert.False(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], $"cards {i} and {j} overlap at {width} px");
            }
        }

        Assert.True(width < 1024 || after.Select(c => c[1]).Distinct().Count() == 1, $"at {width} px the cards are not in one row");
        Assert.True(await tab.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), $"the index scrolls sideways at {width} px");
        Assert.Equal(0, await tab.EvaluateAsync<double>("() => window.__shift"));
        await tab.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), $"index-cards-{width}.png") });
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(360, "light")]
    [InlineData(360, "dark")]
    [InlineData(1280, "light")]
    [InlineData(1280, "dark")]
    public async Task Axe_finds_no_wcag_violations_on_the_index_of_cards(int width, string colorScheme)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(At(width), o => o.ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(cards.Url.AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });

        var result = await tab.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa") });

        Assert.True(result.Passes.Length > 0, "axe ran no rule that passed; did it run at all?");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    private static Viewport At(int width) => new($"{width} px", width, 800, IsMobile: width < 700, DeviceScaleFactor: 1);
}
