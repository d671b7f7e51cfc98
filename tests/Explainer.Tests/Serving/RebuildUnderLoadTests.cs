using System.Collections.Concurrent;
using System.Net;
using Explainer.Cli.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Serving;

/// <summary>
/// While <c>explainer serve</c> rebuilds the site again and again, every page a reader asks for is
/// the old one or the new one, whole: never a 404, never a truncated file. Bounded: a few clients
/// on loopback, a fixed number of edits.
/// </summary>
public sealed class RebuildUnderLoadTests : IAsyncLifetime
{
    private const int Edits = 8;
    private const int Clients = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string[] Pages = ["", "putin-nordkorea/", "putin-nordkorea/embed/timeline/", "putin-nordkorea/embed/perspectives/", "404.html"];

    private readonly TempFolder _temp = new();
    private ServeSession _session = null!;

    private string Input => _temp.Combine("input");

    private string Article => Path.Combine(Input, "putin-nordkorea", "article.md");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _temp.CopyFrom(Repository.Input, "input");
        _session = await ServeSession.StartAsync(new ServeOptions(Input, _temp.Combine("_site"), Repository.Theme), TextWriter.Null, TextWriter.Null, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Every_request_during_rebuilds_gets_a_whole_page_or_file()
    {
        var assets = Directory.EnumerateFiles(_temp.Combine("_site", "assets")).Select(f => "assets/" + Path.GetFileName(f));
        var urls = Pages.Concat(assets).Select(p => new Uri(_session.Url, p)).ToList();
        var failures = new ConcurrentQueue<string>();
        var requests = 0;
        using var http = new HttpClient();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = client; !stop.IsCancellationRequested; i++)
            {
                var url = urls[i % urls.Count];
                using var response = await http.GetAsync(url, stop.Token);
                var body = await response.Content.ReadAsByteArrayAsync(stop.Token);
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"{url}: {(int)response.StatusCode}");
                }
                else if (response.Content.Headers.ContentLength != body.Length)
                {
                    failures.Enqueue($"{url}: {body.Length} bytes, Content-Length {response.Content.Headers.ContentLength}");
                }
                else if (response.Content.Headers.ContentType?.MediaType == "text/html" && !body.AsSpan().TrimEnd("\n"u8).EndsWith("</html>"u8))
                {
                    failures.Enqueue($"{url}: a page cut short ({body.Length} bytes)");
                }
            }
        }, stop.Token)).ToList();

        for (var edit = 1; edit <= Edits; edit++)
        {
            var built = NextBuildAsync();
            // The text of the page and its embeds, and every other time the title, so the index changes too.
            TextFile.Replace(Article, edit == 1 ? "gibt es zwei Ansichten." : $"gibt es zwei Ansichten ({edit - 1}).", $"gibt es zwei Ansichten ({edit}).");
            if (edit % 2 == 0)
            {
                TextFile.ReplaceLine(Article, 2, $"title: Putins Besuch in Pjöngjang ({edit})");
            }

            await built;
        }

        await stop.CancelAsync();
        await Task.WhenAll(clients.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));
        foreach (var client in clients.Where(c => c.IsFaulted))
        {
            failures.Enqueue(client.Exception!.InnerException!.ToString());
        }

        Assert.Empty(failures);
        Assert.True(requests > Edits * Clients, $"only {requests} requests were made");
        Assert.Contains($"Ansichten ({Edits})", await http.GetStringAsync(new Uri(_session.Url, "putin-nordkorea/"), Cancel), StringComparison.Ordinal);
    }

    private Task<ServeBuild> NextBuildAsync() => _session.NextGoodBuildAsync(Patience, Cancel);
}
