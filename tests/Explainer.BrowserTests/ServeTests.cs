using System.Globalization;
using System.Text.Json;
using Explainer.BrowserTests.Support;
using Explainer.Cli.Serving;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// <c>explainer serve</c> with a real browser: the open page reloads after an edit and shows the new
/// text; a broken front matter shows an overlay with the error line (as text, never markup) while
/// the last good page stays; the fix removes the overlay. Also measures the time from writing
/// article.md to the reloaded page (artifacts/browser-tests/serve/reload-latency.json).
/// </summary>
public sealed class ServeTests(SiteUnderTest site) : IAsyncLifetime
{
    private const int LatencySamples = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private ServedCopy? _served;

    private string Article => Served.Article;

    private ServeSession Session => Served.Session;

    private ServedCopy Served => _served ?? throw new InvalidOperationException("not serving");

    public async ValueTask InitializeAsync() => _served = await ServedCopy.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }
    }

    [Fact(Timeout = 180_000)]
    public async Task The_page_reloads_after_an_edit_shows_build_errors_and_recovers_when_they_are_fixed()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Session.Url, "putin-nordkorea/").AbsoluteUri);
        var paragraph = page.Locator("#p-zwei-ansichten");

        // An edit: the page reloads by itself and shows the new sentence. Timed a few times.
        var samples = new List<Sample>();
        for (var i = 1; i <= LatencySamples; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var sentence = $"gibt es zwei Ansichten (Fassung {i}).";
            samples.Add(await EditAndWaitForReloadAsync(page, text => ReplaceSentence(text, sentence)));
            Assert.Contains(sentence, await paragraph.InnerTextAsync());
        }

        WriteLatencies(samples);

        // Broken front matter, with markup in the offending key: the overlay lists the error line as text.
        var connections = Session.LiveReload.Connections;
        Edit(text => text.Replace("language: de\n", "language: de\n<b>titel</b>: fett\n", StringComparison.Ordinal));
        var overlay = page.Locator("#explainer-build-errors pre");
        await overlay.Filter(new LocatorFilterOptions { HasText = "XPL0102" })
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
        var shown = await overlay.TextContentAsync() ?? string.Empty;
        Assert.Matches(@"input/putin-nordkorea/article\.md\(8,1\): error XPL0102: unknown key '<b>titel</b>' in the front matter", shown);
        Assert.Equal(0, await page.Locator("#explainer-build-errors b").CountAsync());
        Assert.Contains($"(Fassung {LatencySamples})", await paragraph.InnerTextAsync()); // the last good page, still there
        Assert.Equal(connections, Session.LiveReload.Connections); // no reload happened

        // The fix: the page reloads, without the overlay, with the fixed text.
        await EditAndWaitForReloadAsync(page, text => ReplaceSentence(text.Replace("<b>titel</b>: fett\n", string.Empty, StringComparison.Ordinal), "gibt es zwei Ansichten (repariert)."));
        Assert.Equal(0, await page.Locator("#explainer-build-errors").CountAsync());
        Assert.Contains("(repariert)", await paragraph.InnerTextAsync());
    }

    private static string ReplaceSentence(string text, string sentence)
    {
        var start = text.IndexOf("gibt es zwei Ansichten", StringComparison.Ordinal);
        var end = text.IndexOf(" {#p-zwei-ansichten}", start, StringComparison.Ordinal);
        return text[..start] + sentence + text[end..];
    }

    private void Edit(Func<string, string> change) => File.WriteAllText(Article, change(File.ReadAllText(Article)));

    /// <summary>Writes the file and waits for the page's next load; times it from the write on the page's own clock.</summary>
    private async Task<Sample> EditAndWaitForReloadAsync(IPage page, Func<string, string> change)
    {
        // The page must be listening before the edit, or it would miss the reload.
        var connected = Session.LiveReload.Connections;
        await WaitUntilAsync(() => Session.LiveReload.Listeners > 0, "the page did not open the event stream");

        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var built = new TaskCompletionSource<ServeBuild>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage e) => loaded.TrySetResult();

        // A good build counts: one started while the file was half written may fail first.
        void OnBuilt(ServeBuild b)
        {
            if (b.Result.Succeeded)
            {
                built.TrySetResult(b);
            }
        }

        page.Load += OnLoad;
        Session.Built += OnBuilt;
        try
        {
            var written = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
            Edit(change);
            var build = await built.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
            await loaded.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
            var timing = await page.EvaluateAsync<JsonElement>("""
                () => { const n = performance.getEntriesByType('navigation')[0];
                        return { origin: performance.timeOrigin, response: n.responseEnd, load: n.loadEventEnd }; }
                """);
            var origin = timing.GetProperty("origin").GetDouble();
            await WaitUntilAsync(() => Session.LiveReload.Connections > connected, "the reloaded page did not reconnect");
            return new Sample(
                NavigationStart: origin - written,
                Loaded: origin + timing.GetProperty("load").GetDouble() - written,
                Build: build.Result.Elapsed.TotalMilliseconds);
        }
        finally
        {
            page.Load -= OnLoad;
            Session.Built -= OnBuilt;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string message)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, message);
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    private void WriteLatencies(List<Sample> samples)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        var report = new
        {
            measured = "milliseconds from writing article.md to the reloaded page: navigation start, load event end; and the rebuild alone",
            samples = samples.Select(s => new { navigationStart = Math.Round(s.NavigationStart, 1), loaded = Math.Round(s.Loaded, 1), build = Math.Round(s.Build, 1) }),
            median = new
            {
                navigationStart = Math.Round(Median(samples.Select(s => s.NavigationStart)), 1),
                loaded = Math.Round(Median(samples.Select(s => s.Loaded)), 1),
                build = Math.Round(Median(samples.Select(s => s.Build)), 1),
            },
            processors = Environment.ProcessorCount,
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
        };
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(RepositoryPaths.Artifacts("serve"), "reload-latency.json"), json);
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture,
            $"serve reload latency (median of {samples.Count}): navigation start {report.median.navigationStart} ms, loaded {report.median.loaded} ms, rebuild {report.median.build} ms"));
    }

    private sealed record Sample(double NavigationStart, double Loaded, double Build);
}
