using System.Globalization;
using System.Threading.Channels;
using Explainer.Diagnostics;
using Explainer.Site;
using Explainer.Build;

namespace Explainer.Cli.Serving;

/// <summary>What <c>explainer serve</c> builds and serves.</summary>
/// <param name="BaseUrl">--base-url; when null, site.yml's base_url; its path is the path the site is served under (as the first build resolves it).</param>
public sealed record ServeOptions(string InputFolder, string OutputFolder, string ThemeFolder, Uri? BaseUrl = null)
{
    /// <summary>The TCP port on 127.0.0.1; 0 takes a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where encoded images are kept between builds and sessions; null keeps them for the session's builds only.</summary>
    public string? ImageCacheFolder { get; init; }

    /// <summary>Take over an output folder that holds files explainer did not write (<c>--clean</c>): the first build deletes every file in it that is not part of the site.</summary>
    public bool Clean { get; init; }

    /// <summary>How long the folders must be quiet after a change before the rebuild starts.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>Host names the server answers for besides localhost, 127.0.0.1 and [::1] (<c>--host</c>).</summary>
    public IReadOnlyList<string> ExtraHosts { get; init; } = [];
}

/// <summary>One build of a serve session.</summary>
/// <param name="Number">1 for the first build, then one more per rebuild.</param>
/// <param name="Changes">The paths whose change started it (none for the first build).</param>
public sealed record ServeBuild(int Number, IReadOnlyList<string> Changes, BuildResult Result, DateTimeOffset Finished);

/// <summary>
/// <c>explainer serve</c> without the terminal: builds, serves the output folder on 127.0.0.1
/// under the site's base path with live reload, watches input/ and theme/, and rebuilds after
/// every change that matters. A failed rebuild is printed and shown on the open pages; the last
/// good site stays served. Disposing stops it all.
/// </summary>
/// <remarks>
/// Rebuilds are incremental: the session keeps a <see cref="BuildCache"/>, so an explainer whose
/// files did not change is not built again, nor is an unchanged image of a changed one; the index,
/// feed and sitemap are made again from the explainers' summaries (see docs/serve.md).
/// </remarks>
public sealed class ServeSession : IAsyncDisposable
{
    // The watcher reports every change of the input folder (or, when it overflows, the folder itself).
    private readonly BuildCache _cache = new() { ChangesReported = true };
    private readonly ServeOptions _options;
    private readonly StaticSiteServer _server;
    private readonly LiveReload _liveReload;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly CancellationTokenSource _stop = new();
    private SourceWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private int _builds;
    private IReadOnlyList<string> _warnings = [];

    private ServeSession(ServeOptions options, StaticSiteServer server, LiveReload liveReload, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _server = server;
        _liveReload = liveReload;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>Raised after every build, good or bad, once the pages have been told.</summary>
    public event Action<ServeBuild>? Built;

    /// <summary>The site's URL, e.g. <c>http://127.0.0.1:41237/</c> or <c>…/repo/</c>.</summary>
    public Uri Url => _server.Url;

    /// <summary>The live reload channel, for tests that wait until a page listens.</summary>
    public LiveReload LiveReload => _liveReload;

    /// <summary>
    /// Starts the server, builds once, prints the URL and starts watching. Throws IOException when
    /// the port is taken, and <see cref="ContentException"/> when the output folder holds files
    /// explainer did not write (and <see cref="ServeOptions.Clean"/> is not set): such a folder is
    /// neither built into nor served.
    /// </summary>
    public static async Task<ServeSession> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (SiteBuilder.OutputFolderRefusal(options.OutputFolder, options.Clean) is { } refusal)
        {
            throw new ContentException(refusal);
        }

        stdout = TextWriter.Synchronized(stdout);
        stderr = TextWriter.Synchronized(stderr);
        var liveReload = new LiveReload();

        // The port is bound first, so that a port in use stops serve before it builds; the site's
        // base path is known once the first build has read site.yml (RebuildAsync sets it).
        var server = await StaticSiteServer.StartAsync(
            new StaticSiteServerOptions(options.OutputFolder)
            {
                BasePath = ResolvedSite.BasePathOf(options.BaseUrl),
                Port = options.Port,
                LiveReload = liveReload,
                AllowedHosts = [.. StaticSiteServerOptions.LoopbackHosts, .. options.ExtraHosts],
            },
            cancellationToken).ConfigureAwait(false);
        var session = new ServeSession(options, server, liveReload, stdout, stderr)
        {
            // Watching starts before the first build, so that a change during it starts the next one.
            _watcher = new SourceWatcher([options.InputFolder, options.ThemeFolder]),
        };
        try
        {
            await session.RebuildAsync([], cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        stdout.WriteLine($"Serving {server.Url} - rebuilding on every change in {options.InputFolder} and {options.ThemeFolder}. Ctrl+C stops.");
        session._loop = session.WatchAsync();
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        await _loop.ConfigureAwait(false);
        _liveReload.Close();
        await _server.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        try
        {
            while (true)
            {
                var changes = await _watcher!.NextBatchAsync(_options.Quiet, _stop.Token).ConfigureAwait(false);
                await RebuildAsync(changes, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException && _stop.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// Builds the site again, reusing what did not change. <paramref name="changes"/> names what
    /// changed since the last build (empty for the first): the explainers holding them are built
    /// again even when their files' stamps did not change; the cache compares the stamps as well,
    /// since a watcher may miss or merge events.
    /// </summary>
    private async Task RebuildAsync(IReadOnlyList<string> changes, CancellationToken cancellationToken)
    {
        var number = ++_builds;
        var what = changes.Count == 0 ? "Build" : Describe(changes) + " changed";
        _cache.Invalidate(changes);
        BuildResult result;
        try
        {
            result = await new SiteBuilder()
                .BuildAsync(
                    new BuildOptions(_options.InputFolder, _options.OutputFolder, _options.ThemeFolder, _options.BaseUrl, Cache: _cache, ImageCacheFolder: _options.ImageCacheFolder, Clean: _options.Clean && number == 1),
                    cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The output folder could not be swapped (a file held open elsewhere): a failed build like any other.
            result = new BuildResult([new Diagnostic(_options.OutputFolder, 1, 1, ErrorCodes.OutputFolderInvalid, ex.Message)], 0, 0, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug must not end the session silently: show it like an error, and keep watching.
            result = new BuildResult([new Diagnostic(_options.InputFolder, 1, 1, ErrorCodes.ModuleFailed, $"{ex.GetType().Name}: {ex.Message}")], 0, 0, TimeSpan.Zero);
        }

        if (number == 1)
        {
            ServeUnderBasePathOf(result);
        }

        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            // The files left alone are named once, and again when they change, not after every save.
            var warnings = (result.Warnings ?? []).Select(w => w.ToString()).ToList();
            if (!warnings.SequenceEqual(_warnings))
            {
                warnings.ForEach(_stderr.WriteLine);
                _warnings = warnings;
            }

            var listeners = _liveReload.Listeners;
            _liveReload.Reload();
            _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{time} {what}: built {Explainers()} in {result.Elapsed.TotalMilliseconds:F1} ms ({result.FilesWritten - result.FilesUnchanged} of {result.FilesWritten} files changed){(number == 1 ? "." : $", reloading {listeners} page(s).")}"));
        }
        else
        {
            var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
            foreach (var line in lines)
            {
                _stderr.WriteLine(line);
            }

            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{time} {what}: the build failed with {lines.Count} error(s); still serving the last good site."));
            _liveReload.ShowErrors(string.Create(CultureInfo.InvariantCulture,
                $"The build failed with {lines.Count} error(s). The page shows the last good build; fix the error and it reloads."), lines);
        }

        Built?.Invoke(new ServeBuild(number, changes, result, DateTimeOffset.Now));
    }

    /// <summary>
    /// The first build decides the path the site is served under: the base path of the site it
    /// resolved, or, when it could not read site.yml, that of <c>--base-url</c>. It stays for the session.
    /// </summary>
    private void ServeUnderBasePathOf(BuildResult first)
    {
        _server.ServeUnder(first.Site?.BasePath ?? ResolvedSite.BasePathOf(_options.BaseUrl));
    }

    private string Explainers() =>
        _cache.ExplainersReused == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{_cache.ExplainersBuilt} explainer(s)")
            : string.Create(CultureInfo.InvariantCulture, $"{_cache.ExplainersBuilt} explainer(s), {_cache.ExplainersReused} unchanged");

    private static string Describe(IReadOnlyList<string> changes)
    {
        var names = changes.Select(c => Path.GetRelativePath(Environment.CurrentDirectory, c).Replace('\\', '/')).ToList();
        return names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
    }
}
