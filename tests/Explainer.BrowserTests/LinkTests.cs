using System.Net;
using AngleSharp.Html.Parser;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>Every internal link resolves: its target answers 200 (no redirect hop), and its #fragment names an id there.</summary>
public sealed class LinkTests(SiteUnderTest site) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
    private readonly Dictionary<string, Target> _targets = new(StringComparer.Ordinal);

    [Fact(Timeout = GateTimeouts.EveryPage)]
    public async Task Every_internal_link_and_fragment_resolves()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var findings = new Findings();
        var checkedLinks = 0;

        foreach (var page in site.Pages)
        {
            cancel.ThrowIfCancellationRequested();
            var tab = await SiteUnderTest.OpenAsync(context, page);

            // Read from the live DOM, so links that scripts add are covered too; href comes back absolute.
            var links = await tab.EvaluateAsync<Link[]>("""
                () => [...document.querySelectorAll('a[href], area[href], link[href]')]
                  .map(e => ({ element: e.localName + (e.rel ? `[rel=${e.rel}]` : ''), raw: e.getAttribute('href'), href: e.href }))
                """);
            await tab.CloseAsync();

            foreach (var link in links)
            {
                var where = $"{page}, {link.Element} href=\"{link.Raw}\"";
                if (!Uri.TryCreate(link.Href, UriKind.Absolute, out var url))
                {
                    findings.Add(where, "is not a valid URL");
                    continue;
                }

                if (url.GetLeftPart(UriPartial.Authority) != site.Url.GetLeftPart(UriPartial.Authority))
                {
                    continue; // external: not this gate's business
                }

                checkedLinks++;
                var target = await FetchAsync(url, cancel);
                if (target.Status != HttpStatusCode.OK)
                {
                    findings.Add(where, $"{url.GetLeftPart(UriPartial.Query)} answers {(int)target.Status} {target.Status}{(target.Location is null ? string.Empty : " to " + target.Location)}, not 200");
                    continue;
                }

                var fragment = Uri.UnescapeDataString(url.Fragment.TrimStart('#'));
                // The HTML spec lets an empty fragment and "top" scroll to the top without an element.
                if (fragment.Length > 0 && !fragment.Equals("top", StringComparison.OrdinalIgnoreCase) && !target.Ids.Contains(fragment))
                {
                    findings.Add(where, $"#{fragment} names no id on {url.AbsolutePath}");
                }
            }
        }

        findings.AssertNone("Broken internal links");
        Assert.True(checkedLinks > 0, "no internal link was found to check");
    }

    public void Dispose() => _http.Dispose();

    private async Task<Target> FetchAsync(Uri url, CancellationToken cancel)
    {
        var key = url.GetLeftPart(UriPartial.Query);
        if (_targets.TryGetValue(key, out var known))
        {
            return known;
        }

        using var response = await _http.GetAsync(key, cancel);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(cancel), cancel);
            ids.UnionWith(document.QuerySelectorAll("[id]").Select(e => e.Id!));
        }

        var target = new Target(response.StatusCode, response.Headers.Location?.OriginalString, ids);
        _targets[key] = target;
        return target;
    }

    private sealed record Target(HttpStatusCode Status, string? Location, IReadOnlySet<string> Ids);

    public sealed record Link
    {
        public string Element { get; init; } = string.Empty;
        public string Raw { get; init; } = string.Empty;
        public string Href { get; init; } = string.Empty;
    }
}
