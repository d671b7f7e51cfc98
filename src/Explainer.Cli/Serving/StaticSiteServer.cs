using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Explainer.Cli.Serving;

/// <summary>Where and how <see cref="StaticSiteServer"/> serves a site.</summary>
/// <param name="RootFolder">The built site, e.g. <c>_site</c>. It may be replaced while the server runs: every request reads the disk.</param>
public sealed record StaticSiteServerOptions(string RootFolder)
{
    /// <summary>The URL path the site lives under, e.g. <c>/explainer/</c> for a GitHub project site; <c>/</c> for a user site.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The TCP port; 0 takes a free one (read the actual one from <see cref="StaticSiteServer.Url"/>).</summary>
    public int Port { get; init; }

    /// <summary>The address to listen on; loopback unless told otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>When set (by <c>explainer serve</c>), HTML responses get its script and its URLs are answered.</summary>
    public LiveReload? LiveReload { get; init; }

    /// <summary>
    /// The host names the server answers for (with its port, in <c>Host</c>); every other request
    /// gets 421. The loopback names unless told otherwise: see <see cref="HostCheck"/> for why.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = LoopbackHosts;

    /// <summary>The names of this machine's loopback addresses, as URLs write them.</summary>
    public static IReadOnlyList<string> LoopbackHosts { get; } = ["localhost", "127.0.0.1", "[::1]"];
}

/// <summary>
/// Serves a built site folder over HTTP the way GitHub Pages serves a project site: under a base path,
/// <c>index.html</c> for folder URLs, a redirect from <c>/base/slug</c> to <c>/base/slug/</c>, and the
/// site's own <c>404.html</c> for everything else. Used by the browser tests, and by <c>explainer serve</c>.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StaticSiteRequestHandler _handler;
    private readonly Uri _bound;
    private string _basePath;
    private bool _disposed;

    private StaticSiteServer(WebApplication app, StaticSiteRequestHandler handler, Uri bound, string rootFolder, string basePath)
    {
        _app = app;
        _handler = handler;
        _bound = bound;
        RootFolder = rootFolder;
        _basePath = basePath;
    }

    /// <summary>The site's URL with the base path and a trailing slash, e.g. <c>http://127.0.0.1:41237/explainer/</c>.</summary>
    public Uri Url => new(_bound, BasePath);

    /// <summary>The full path of the folder being served.</summary>
    public string RootFolder { get; }

    /// <summary>The normalised base path, starting and ending with <c>/</c>.</summary>
    public string BasePath => Volatile.Read(ref _basePath);

    /// <summary>
    /// Serves the site under <paramref name="basePath"/> from now on: <c>explainer serve</c> binds
    /// its port before the first build, and learns the base path from that build.
    /// </summary>
    public void ServeUnder(string basePath)
    {
        var normalized = Explainer.Site.ResolvedSite.NormalizeBasePath(basePath);
        _handler.Resolver = new SitePathResolver(RootFolder, normalized);
        Volatile.Write(ref _basePath, normalized);
    }

    /// <summary>Starts listening; returns once the port is bound.</summary>
    public static async Task<StaticSiteServer> StartAsync(StaticSiteServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.RootFolder).TrimEnd(Path.DirectorySeparatorChar);
        var basePath = Explainer.Site.ResolvedSite.NormalizeBasePath(options.BasePath);
        var handler = new StaticSiteRequestHandler(new SitePathResolver(root, basePath), new HostCheck(options.AllowedHosts), options.LiveReload);

        // The empty builder reads no appsettings, environment or command line and logs nothing:
        // the server's behaviour depends on the options alone.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Address, options.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var app = builder.Build();
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address after starting.");
        return new StaticSiteServer(app, handler, new Uri(bound), root, basePath);
    }

    /// <summary>Stops the server, letting requests in flight finish for up to five seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
