using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// embed.js believes a height only from the embed's own window and the embed's own origin, and only
/// a sane one. Every refused message below has the right shape, so only those checks refuse it; each
/// test ends with a message that is believed, to show the refusals are not an accident.
/// </summary>
public sealed class EmbedMessageTests(SiteUnderTest site, HostSite host) : IClassFixture<HostSite>
{
    private const string Section = "quote-atomwaffe";

    /// <summary>
    /// In the host page: a promise that settles when the probe message arrives. Messages from one
    /// window arrive in the order they were sent, so by then embed.js has handled all sent before it.
    /// </summary>
    private const string ArmProbe = """
        () => { window.__probe = new Promise(done => addEventListener('message', function seen(e) {
          if (e.data && e.data.xplTestProbe) { removeEventListener('message', seen); done(); } })); }
        """;

    private const string HeightAfterProbe = "async () => { await window.__probe; return document.querySelector('iframe[data-xpl]').getBoundingClientRect().height; }";

    [Fact(Timeout = 120_000)]
    public async Task Heights_from_another_window_are_ignored_even_from_the_embeds_own_origin()
    {
        var (context, tab, frame, fitted) = await OpenAsync(TestContext.Current.CancellationToken);
        await using var _ = context;
        var errors = ConsoleErrors.Watch(context);
        var forged = $"[{{ type: 'xpl:height', v: 1, id: '{Section}', height: {fitted + 300} }}]";

        // The host page posts to itself.
        Assert.Equal(fitted, await SendAsync(tab, tab.MainFrame, forged), 0.5);

        // Another iframe, from the same origin as the embed (another of its pages), posts to the host.
        var other = await EmbedFrames.FrameAsync(tab, "iframe#other");
        Assert.Equal(fitted, await SendAsync(tab, other, forged), 0.5);

        // The same message from the embed's own frame is believed.
        Assert.Equal(fitted + 300, await SendAsync(tab, frame, forged), 0.5);
        errors.AssertNone();
    }

    [Fact(Timeout = 120_000)]
    public async Task Heights_from_another_origin_are_ignored_even_from_the_embeds_own_frame()
    {
        var (context, tab, frame, fitted) = await OpenAsync(TestContext.Current.CancellationToken);
        await using var _ = context;
        var errors = ConsoleErrors.Watch(context);

        // The embed's frame is navigated to a page of another origin (the host's), which posts a height.
        await frame.GotoAsync(host.Add("Not the embed", "<p>A page of another origin in the embed's frame.</p>").AbsoluteUri);
        frame = await EmbedFrames.FrameAsync(tab);
        Assert.StartsWith(host.Origin, frame.Url, StringComparison.Ordinal);
        Assert.Equal(fitted, await SendAsync(tab, frame, $"[{{ type: 'xpl:height', v: 1, id: '{Section}', height: {fitted + 300} }}]"), 0.5);

        // Back on the embed's origin (another section), the frame's own report is believed again.
        await frame.GotoAsync(new Uri(site.Url, "putin-nordkorea/embed/timeline/").AbsoluteUri);
        frame = await EmbedFrames.FrameAsync(tab);
        var timeline = await EmbedFrames.WaitUntilFitsAsync(frame, "the timeline in the quote's frame", above: fitted);
        Assert.Equal(timeline.Height, await EmbedFrames.HeightAsync(tab), 1.0);
        errors.AssertNone();
    }

    [Fact(Timeout = 120_000)]
    public async Task Absurd_heights_and_other_shapes_are_ignored_and_the_limits_are_50_and_30000_px()
    {
        var (context, tab, frame, fitted) = await OpenAsync(TestContext.Current.CancellationToken);
        await using var _ = context;
        var errors = ConsoleErrors.Watch(context);
        string Height(string value) => $"{{ type: 'xpl:height', v: 1, id: '{Section}', height: {value} }}";

        string[] absurd = ["0", "49", "-400", "30001", "1e9", "Infinity", "NaN", "'tall'", "null", "undefined", "{}", "[]", "true"];
        Assert.Equal(fitted, await SendAsync(tab, frame, $"[{string.Join(", ", absurd.Select(Height))}]"), 0.5);

        // Other protocols (AMP, WordPress, Pym), another version, a string: embed.js speaks xpl:height v1 only.
        const string others = """
            [{ sentinel: 'amp', type: 'embed-size', height: 700 }, { message: 'height', value: 700, secret: 'abc' },
             'pymxPYMxgxPYMxheightxPYMx700', { type: 'xpl:height', v: 2, height: 700 }, { type: 'xpl:height', height: 700 },
             { type: 'xpl:height', v: '1', height: 700 }, 'xpl:height']
            """;
        Assert.Equal(fitted, await SendAsync(tab, frame, others), 0.5);

        // The limits themselves are believed.
        Assert.Equal(30000, await SendAsync(tab, frame, $"[{Height("30000")}]"), 0.5);
        Assert.Equal(50, await SendAsync(tab, frame, $"[{Height("50")}]"), 0.5);
        errors.AssertNone();
    }

    /// <summary>
    /// A host page with the quote in the script form, and below it a plain iframe of another embed page
    /// of the same site; returns once the quote fits.
    /// </summary>
    private async Task<(IBrowserContext Context, IPage Tab, IFrame Frame, double Fitted)> OpenAsync(CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var snippet = await EmbedSnippets.ForAsync(site, Section);
        var other = new Uri(site.Url, "putin-nordkorea/embed/timeline/").AbsoluteUri;
        var context = await site.NewContextAsync(Viewport.Desktop);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(host.Add("Host page", $"""
            {snippet.Script}
            <iframe id="other" src="{other}" title="Another section" width="640" height="300" style="width:1px;min-width:100%;border:0"></iframe>
            """).AbsoluteUri);
        var frame = await EmbedFrames.FrameAsync(tab);
        var fitted = await EmbedFrames.WaitUntilFitsAsync(frame, Section);
        return (context, tab, frame, fitted.Height);
    }

    /// <summary>Posts <paramref name="messages"/> (a JavaScript array) to the host page from <paramref name="sender"/>; returns the iframe's height once they are handled.</summary>
    private static async Task<double> SendAsync(IPage tab, IFrame sender, string messages)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await tab.EvaluateAsync(ArmProbe);
        await sender.EvaluateAsync($"() => {{ for (const m of {messages}) parent.postMessage(m, '*'); parent.postMessage({{ xplTestProbe: 1 }}, '*'); }}");
        return await tab.EvaluateAsync<double>(HeightAfterProbe);
    }
}
