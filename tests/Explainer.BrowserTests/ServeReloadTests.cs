using System.Collections.Concurrent;
using Explainer.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Explainer.BrowserTests;

/// <summary>
/// Edits in a row under <c>explainer serve</c>, with a page of the seed explainer open: each edit
/// reloads the page with the new text, every navigation is answered 200, no request to the server
/// is answered 400 or more, no script fails, and the live reload overlay never appears. The
/// overlay watch is shown to work at the end by an edit that breaks the build.
/// </summary>
public sealed class ServeReloadTests(SiteUnderTest site) : IAsyncLifetime
{
    private const int Edits = 5;
    private const string OverlayId = "explainer-build-errors";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // Runs in every document the page loads, before its scripts: tells the test of the overlay the moment
    // live-reload.js adds it, so that one shown and gone again before the next check is seen too.
    private const string OverlayWatch = $$"""
        new MutationObserver(records => {
          for (const record of records)
            for (const node of record.addedNodes)
              if (node.nodeType === 1 && node.id === '{{OverlayId}}')
                window.explainerOverlayShown(node.shadowRoot?.textContent ?? '');
        }).observe(document, { childList: true, subtree: true });
        """;

    private ServedCopy? _served;

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
    public async Task Every_edit_in_a_row_reloads_the_page_with_200_and_never_an_error()
    {
        var cancel = TestContext.Current.CancellationToken;
        var session = Served.Session;
        var origin = session.Url.GetLeftPart(UriPartial.Authority);
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        var consoleErrors = ConsoleErrors.Watch(context);
        var errorResponses = new Findings();
        var navigations = new ConcurrentQueue<(string Url, int Status)>();
        var overlays = new ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (!response.Url.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                return;
            }

            if (response.Status >= 400)
            {
                errorResponses.Add(response.Url, $"answered {response.Status}");
            }

            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                navigations.Enqueue((response.Url, response.Status));
            }
        };
        var loads = 0;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                Interlocked.Increment(ref loads);
            }
        };
        await page.ExposeFunctionAsync("explainerOverlayShown", (string text) => overlays.Enqueue(text));
        await page.AddInitScriptAsync(OverlayWatch);

        var explainer = new Uri(session.Url, "putin-nordkorea/").AbsoluteUri;
        var opened = await page.GotoAsync(explainer);
        Assert.Equal(200, opened?.Status);
        var paragraph = page.Locator("#p-zwei-ansichten");

        for (var i = 1; i <= Edits; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var sentence = $"gibt es zwei Ansichten (Bearbeitung {i}).";
            var before = Volatile.Read(ref loads);
            await EditAndWaitForReloadAsync(page, text => ReplaceSentence(text, sentence));

            await Expect(paragraph).ToContainTextAsync(sentence);
            Assert.True(Volatile.Read(ref loads) > before, $"edit {i}: the page did not navigate");
            Assert.All(navigations, n => Assert.True(n.Status == 200 && n.Url == explainer, $"edit {i}: a navigation to {n.Url} answered {n.Status}"));
            errorResponses.AssertNone($"edit {i}: responses of 400 or more");
            consoleErrors.AssertNone();
            Assert.True(overlays.IsEmpty, $"edit {i}: the live reload overlay appeared: {string.Join(" | ", overlays)}{Environment.NewLine}{Served.Log}");
        }

        Assert.True(navigations.Count >= Edits + 1, $"{navigations.Count} navigations for {Edits} edits");

        // The watch sees an overlay when there is one: broken front matter shows it.
        WriteArticle(File.ReadAllText(Served.Article).Replace("language: de\n", "language: de\nunbekannt: ja\n", StringComparison.Ordinal));
        Assert.True(await Poll.UntilAsync(() => Task.FromResult(!overlays.IsEmpty), Patience), "the overlay of a failed build was not seen");
        Assert.Contains("XPL0102", string.Join(" ", overlays), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"#{OverlayId}").CountAsync());
    }

    private static string ReplaceSentence(string text, string sentence)
    {
        var start = text.IndexOf("gibt es zwei Ansichten", StringComparison.Ordinal);
        var end = text.IndexOf(" {#p-zwei-ansichten}", start, StringComparison.Ordinal);
        return text[..start] + sentence + text[end..];
    }

    /// <summary>
    /// Writes article.md whole, in one step, as editors with a safe save do (a file beside it renamed
    /// over it): this test is about serving and reloading, and a build that read a half-written file
    /// would fail and show the overlay for a moment. ServeTests writes in place.
    /// </summary>
    private void WriteArticle(string text)
    {
        var written = Served.Article + ".tmp"; // an editor's temporary file, which costs no rebuild (SourceChangeFilter)
        File.WriteAllText(written, text);
        File.Move(written, Served.Article, overwrite: true);
    }

    /// <summary>Makes an edit once the page listens for reloads, then waits for the reloaded page to listen again.</summary>
    private async Task EditAndWaitForReloadAsync(IPage page, Func<string, string> change)
    {
        var liveReload = Served.Session.LiveReload;
        Assert.True(await Poll.UntilAsync(() => Task.FromResult(liveReload.Listeners > 0), Patience), "the page did not open the event stream");
        var connected = liveReload.Connections;
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage e) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            WriteArticle(change(File.ReadAllText(Served.Article)));
            await loaded.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        }
        finally
        {
            page.Load -= OnLoad;
        }

        Assert.True(await Poll.UntilAsync(() => Task.FromResult(liveReload.Connections > connected), Patience), "the reloaded page did not open the event stream");
    }
}
