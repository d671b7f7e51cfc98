using System.Diagnostics;
using System.Net;

namespace Explainer.Load;

/// <summary>A request that did not get a whole 200 response.</summary>
/// <param name="At">When it was sent, on the run's clock.</param>
/// <param name="Took">How long its answer took.</param>
/// <param name="Status">The HTTP status, or 0 when no response came (connection closed, body cut short, timeout).</param>
public sealed record FailedRequest(TimeSpan At, TimeSpan Took, SiteUrl Url, int Status, string Problem);

/// <summary>What the clients saw in the measured window (latencies and statuses), and the failures, warm-up included.</summary>
/// <param name="FailureCount">Every failure; <paramref name="Failures"/> holds the first ones of each client.</param>
public sealed record ClientResults(IReadOnlyList<double> LatenciesMs, IReadOnlyDictionary<int, int> Statuses, IReadOnlyDictionary<UrlKind, int> Kinds, IReadOnlyList<FailedRequest> Failures, int FailureCount, long Bytes);

/// <summary>
/// Concurrent clients, each one request at a time with no pause (a closed loop): GET a URL drawn
/// from the mix, read the whole body, check it, draw the next. One <see cref="HttpClient"/> with a
/// keep-alive connection per client, no proxy, no redirects followed, so that every status the
/// server sends is seen as sent.
/// </summary>
public sealed class LoadClients(RequestMix mix, Stopwatch clock)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    // A server that died is refused in a tight loop: the count goes on, the details stop.
    private const int FailuresKeptPerClient = 100;

    /// <summary>Runs <paramref name="clients"/> clients until <paramref name="until"/> (or <paramref name="stop"/>); requests sent before <paramref name="measuredFrom"/> count only if they fail.</summary>
    public async Task<ClientResults> RunAsync(int clients, TimeSpan measuredFrom, TimeSpan until, CancellationToken stop)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients,
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        using var http = new HttpClient(handler) { Timeout = RequestTimeout };
        var results = await Task.WhenAll(Enumerable.Range(0, clients)
            .Select(i => Task.Run(() => RunClientAsync(http, new Random(i), measuredFrom, until, stop)))).ConfigureAwait(false);

        var statuses = new Dictionary<int, int>();
        var kinds = new Dictionary<UrlKind, int>();
        foreach (var result in results)
        {
            Add(statuses, result.Statuses);
            Add(kinds, result.Kinds);
        }

        return new ClientResults(
            results.SelectMany(r => r.LatenciesMs).ToList(),
            statuses,
            kinds,
            results.SelectMany(r => r.Failures).OrderBy(f => f.At).ToList(),
            results.Sum(r => r.FailureCount),
            results.Sum(r => r.Bytes));
    }

    private async Task<ClientResults> RunClientAsync(HttpClient http, Random random, TimeSpan measuredFrom, TimeSpan until, CancellationToken stop)
    {
        var latencies = new List<double>();
        var statuses = new Dictionary<int, int>();
        var kinds = new Dictionary<UrlKind, int>();
        var failures = new List<FailedRequest>();
        var failureCount = 0;
        long bytes = 0;
        // A request in flight is not cancelled at the end: it would count as a failure.
        while (clock.Elapsed < until && !stop.IsCancellationRequested)
        {
            var url = mix.Pick(random);
            var sent = clock.Elapsed;
            var started = Stopwatch.GetTimestamp();
            int status;
            string? problem;
            try
            {
                // GetAsync reads the whole body within the timeout; a body shorter than its Content-Length throws.
                using var response = await http.GetAsync(url.Url).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                status = (int)response.StatusCode;
                if (sent >= measuredFrom)
                {
                    bytes += body.Length;
                }

                problem = status != 200 ? $"status {status}" : WholeBody.Problem(url.File, body, response.Content.Headers.ContentLength);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                status = 0;
                problem = ex is TaskCanceledException ? $"no response within {RequestTimeout.TotalSeconds:F0} s"
                    : $"{ex.GetType().Name}: {ex.Message}{(ex.InnerException is { } inner ? $" ({inner.Message})" : string.Empty)}";
            }

            var took = Stopwatch.GetElapsedTime(started);
            var latency = took.TotalMilliseconds;
            if (problem is not null && ++failureCount <= FailuresKeptPerClient)
            {
                failures.Add(new FailedRequest(sent, took, url, status, problem));
            }

            if (sent >= measuredFrom)
            {
                latencies.Add(latency);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                kinds[url.Kind] = kinds.GetValueOrDefault(url.Kind) + 1;
            }
        }

        return new ClientResults(latencies, statuses, kinds, failures, failureCount, bytes);
    }

    private static void Add<TKey>(Dictionary<TKey, int> into, IReadOnlyDictionary<TKey, int> counts)
        where TKey : notnull
    {
        foreach (var (key, count) in counts)
        {
            into[key] = into.GetValueOrDefault(key) + count;
        }
    }
}
