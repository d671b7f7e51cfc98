using System.Net;
using Explainer.Cli.Serving;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// Someone else's site that embeds sections of the explainer: a second static server on another
/// loopback port, so its origin differs from the explainer's as a newspaper's would. Tests write
/// their host pages into it.
/// </summary>
public sealed class HostSite : IAsyncLifetime
{
    private StaticSiteServer? _server;
    private int _pages;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "explainer-host-pages", Guid.NewGuid().ToString("N"));

    /// <summary>The host's root URL, e.g. <c>http://127.0.0.1:41238/</c>.</summary>
    public Uri Url => _server?.Url ?? throw new InvalidOperationException("the host site is not served yet");

    /// <summary>The host's origin, e.g. <c>http://127.0.0.1:41238</c>.</summary>
    public string Origin => Url.GetLeftPart(UriPartial.Authority);

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        _server = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(Folder));
    }

    /// <summary>Writes a host page around <paramref name="body"/> and returns its URL.</summary>
    public Uri Add(string title, string body, string? style = null)
    {
        var name = $"host-{Interlocked.Increment(ref _pages)}.html";
        File.WriteAllText(Path.Combine(Folder, name), $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <link rel="icon" href="data:,">
            <style>body { max-width: 40rem; margin: 0 auto; padding: 0 1rem; font: 16px/1.5 sans-serif } {{style}}</style>
            </head>
            <body>
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>
            {{body}}
            </body>
            </html>
            """);
        return new Uri(Url, name);
    }

    /// <summary>Paragraphs of filler, so that the host page scrolls; one of them may carry an id.</summary>
    public static string Filler(int paragraphs, string? markerId = null, int markerAt = -1) =>
        string.Join('\n', Enumerable.Range(0, paragraphs).Select(i => i == markerAt
            ? $"<p id=\"{markerId}\">The reader is reading this paragraph.</p>"
            : $"<p>Host paragraph {i + 1}: text of the page that embeds the section, long enough to wrap onto a second line here and there.</p>"));

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
    }
}
