using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Explainer.Cli.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Serving;

/// <summary>
/// A rebuild renames new files over old ones while the server sends them. Every response must be
/// one version or the other, whole: never a 500, never a body cut short or mixed from two files.
/// Bounded: four clients on loopback for two seconds.
/// </summary>
public sealed class FileReplacedWhileSentTests : IAsyncLifetime
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(30);
    private readonly TempFolder _site = new();
    private StaticSiteServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _site.Write("index.html", "<!doctype html><title>home</title>");
        _server = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(_site.Path), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task A_file_renamed_over_while_it_is_sent_arrives_whole_as_one_version_or_the_other()
    {
        // Two versions of different sizes, each byte telling which version it belongs to.
        byte[][] versions = [Enumerable.Repeat((byte)'a', 300_000).ToArray(), Enumerable.Repeat((byte)'b', 200_000).ToArray()];
        var target = Path.Combine(_site.Path, "social.png");
        File.WriteAllBytes(target, versions[0]);
        var failures = new ConcurrentQueue<string>();
        var responses = 0;
        var renames = 0;
        using var http = new HttpClient();

        // At least Duration, and on until both sides have done enough to tell (a loaded machine is
        // slow), but never longer than MaxDuration.
        var watch = Stopwatch.StartNew();
        bool Done() => watch.Elapsed > MaxDuration
            || (watch.Elapsed >= Duration && Volatile.Read(ref renames) > 100 && Volatile.Read(ref responses) > 100);

        var replacer = Task.Run(() =>
        {
            while (!Done())
            {
                var next = Path.Combine(_site.Path, ".next.png");
                File.WriteAllBytes(next, versions[++renames % 2]);
                File.Move(next, target, overwrite: true);
            }
        }, TestContext.Current.CancellationToken);
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!Done())
            {
                using var response = await http.GetAsync(new Uri(_server.Url, "social.png"), TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
                Interlocked.Increment(ref responses);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"status {(int)response.StatusCode}");
                }
                else if (!versions.Any(v => v.AsSpan().SequenceEqual(body)))
                {
                    failures.Enqueue($"{body.Length} bytes, neither version");
                }
            }
        }, TestContext.Current.CancellationToken)).ToList();

        await Task.WhenAll([replacer, .. clients]);

        Assert.True(renames > 100 && responses > 100, $"{renames} renames, {responses} responses: too few to tell");
        Assert.Empty(failures);
    }
}
