using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Explainer.Cli.Serving;

/// <summary>
/// Live reload for <c>explainer serve</c>: a script tag added to every HTML response (never to the
/// files), the script itself, and a server-sent events stream on which it hears of each rebuild:
/// <c>reload</c> after a good one, <c>build-error</c> with the error lines after a failed one (also
/// sent to pages that connect while the last build is broken). Thread-safe.
/// </summary>
public sealed class LiveReload
{
    /// <summary>Every URL of live reload starts here, outside any base path a site can have.</summary>
    public const string Prefix = "/__explainer/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "live-reload.js";
    public const string ScriptTag = "<script src=\"" + ScriptPath + "\"></script>";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("Explainer.Cli.Serving.live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not built into the tool.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    // The script changes only with the tool: its hash is its ETag.
    private static readonly Lazy<EntityTagHeaderValue> ScriptETag = new(() =>
        new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Script.Value), 0, 8)}\""));

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private readonly CancellationTokenSource _closing = new();
    private string? _errorEvent;
    private int _reloads;
    private int _connections;

    /// <summary>How many pages are listening now.</summary>
    public int Listeners
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>How many streams have been opened so far: a page that reloads opens a new one.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Tells every open page to reload, and forgets the last build's errors.</summary>
    public void Reload()
    {
        lock (_lock)
        {
            _errorEvent = null;
            Broadcast(string.Create(CultureInfo.InvariantCulture, $"event: reload\ndata: {++_reloads}\n\n"));
        }
    }

    /// <summary>Shows the errors on every open page, and on pages opened until the next good build.</summary>
    public void ShowErrors(string title, IReadOnlyList<string> lines)
    {
        // JSON keeps the data on one line, as server-sent events want it.
        var data = JsonSerializer.Serialize(new ErrorReport(title, lines), ErrorReportJson.Default.ErrorReport);
        lock (_lock)
        {
            _errorEvent = $"event: build-error\ndata: {data}\n\n";
            Broadcast(_errorEvent);
        }
    }

    /// <summary>Ends every open stream, so that the server can stop at once.</summary>
    public void Close() => _closing.Cancel();

    /// <summary>Adds the script tag before the last <c>&lt;/body&gt;</c> (or at the end) of an HTML document.</summary>
    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var body = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(body < 0 ? text + ScriptTag : text.Insert(body, ScriptTag));
    }

    /// <summary>Answers the requests for the script and the event stream; false for every other request.</summary>
    public async Task<bool> TryHandleAsync(HttpContext context)
    {
        var path = (context.Request.PathBase + context.Request.Path).Value ?? string.Empty;
        var method = context.Request.Method;
        switch (path)
        {
            case ScriptPath when HttpMethods.IsGet(method) || HttpMethods.IsHead(method):
                using (var script = new MemoryStream(Script.Value, writable: false))
                {
                    await RepresentationSender.SendAsync(context, new Representation(script, "text/javascript; charset=utf-8", ScriptETag.Value)).ConfigureAwait(false);
                }

                return true;
            case EventsPath when HttpMethods.IsGet(method):
                await StreamAsync(context).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task StreamAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _clients.Add(channel);
            _connections++;
            // The page reconnects after half a second should the stream break.
            channel.Writer.TryWrite("retry: 500\n\n");
            if (_errorEvent is not null)
            {
                channel.Writer.TryWrite(_errorEvent);
            }
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await response.WriteAsync(message, stop.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            lock (_lock)
            {
                _clients.Remove(channel);
            }
        }
    }

    private void Broadcast(string message)
    {
        foreach (var client in _clients)
        {
            client.Writer.TryWrite(message);
        }
    }
}

/// <summary>What the overlay shows.</summary>
internal sealed record ErrorReport(string Title, IReadOnlyList<string> Lines);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ErrorReport))]
internal sealed partial class ErrorReportJson : System.Text.Json.Serialization.JsonSerializerContext;
