using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>A page loads cleanly: no console error, no failed request, nothing fetched from outside the site.</summary>
public sealed class NetworkTests(SiteUnderTest site)
{
    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Pages_load_without_console_errors_failed_requests_or_requests_outside_the_site(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        await using var context = await site.NewContextAsync(viewport);
        var findings = new Findings();
        var current = "(no page yet)";
        var requests = 0;

        // Anything outside the site (another origin, or this origin outside the base path) is refused and reported.
        await context.RouteAsync("**/*", route =>
        {
            Interlocked.Increment(ref requests);
            if (!IsInsideSite(route.Request.Url))
            {
                findings.Add(current, $"requested {route.Request.Url}, outside the site {site.Url}");
                return route.AbortAsync("blockedbyclient");
            }

            return route.ContinueAsync();
        });

        foreach (var page in site.Pages)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            current = $"{page} at {viewport}";
            var where = current;
            var tab = await context.NewPageAsync();
            tab.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    findings.Add(where, $"console error: {message.Text} ({message.Location})");
                }
            };
            tab.PageError += (_, error) => findings.Add(where, $"uncaught script error: {error}");
            tab.RequestFailed += (_, request) =>
            {
                if (IsInsideSite(request.Url))
                {
                    findings.Add(where, $"request failed: {request.Method} {request.Url}: {request.Failure}");
                }
            };
            tab.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    findings.Add(where, $"HTTP {response.Status} for {response.Url}");
                }
            };

            await tab.GotoAsync(page.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

            // Scroll to the end so that anything loaded lazily is requested too.
            await tab.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await tab.CloseAsync();
        }

        findings.AssertNone("Problems while loading the pages");
        Assert.True(requests >= site.Pages.Count, $"only {requests} requests were seen for {site.Pages.Count} pages: is the route listener working?");
    }

    private bool IsInsideSite(string url) =>
        url.StartsWith(site.Url.AbsoluteUri, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal);
}
