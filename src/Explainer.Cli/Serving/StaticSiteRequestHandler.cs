using Microsoft.AspNetCore.Http;

namespace Explainer.Cli.Serving;

/// <summary>
/// Answers one HTTP request from the site folder: only for the allowed hosts, GET and HEAD only,
/// revalidated by ETag, byte ranges, no listings. With live reload, its URLs are answered first and
/// HTML responses carry its script.
/// </summary>
internal sealed class StaticSiteRequestHandler(SitePathResolver resolver, HostCheck hostCheck, LiveReload? liveReload = null)
{
    /// <summary>Tells the live-reload-injected variant of an HTML file's ETag from the file's own.</summary>
    private const string LiveReloadVariant = "live-reload";

    private SitePathResolver _resolver = resolver;

    /// <summary>What request paths map to; replaced when the site's base path changes (see <see cref="StaticSiteServer.ServeUnder"/>).</summary>
    public SitePathResolver Resolver
    {
        get => Volatile.Read(ref _resolver);
        set => Volatile.Write(ref _resolver, value);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        // The site is rebuilt under the server: a browser may keep a copy, but must ask (ETag) before using it.
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";

        var port = context.Connection.LocalPort;
        if (!hostCheck.AcceptsHost(request.Host, port))
        {
            await RefuseAsync(context, StatusCodes.Status421MisdirectedRequest, hostCheck.HostRefusal(request.Host, port)).ConfigureAwait(false);
            return;
        }

        if (liveReload is not null)
        {
            // Same-origin EventSource requests usually carry no Origin; one from another site's page is refused.
            var origin = request.Headers.Origin.ToString();
            var isEventStream = (request.PathBase + request.Path).Value == LiveReload.EventsPath;
            if (isEventStream && origin.Length > 0 && !hostCheck.AcceptsOrigin(origin, port))
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, hostCheck.OriginRefusal(origin, port)).ConfigureAwait(false);
                return;
            }

            if (await liveReload.TryHandleAsync(context).ConfigureAwait(false))
            {
                return;
            }
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        switch (Resolver.Resolve(request.PathBase + request.Path))
        {
            case SiteResource.File file:
                await SendFileAsync(context, file.FullPath, StatusCodes.Status200OK).ConfigureAwait(false);
                break;
            case SiteResource.Redirect redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = redirect.Location + request.QueryString;
                break;
            default:
                await SendNotFoundAsync(context).ConfigureAwait(false);
                break;
        }
    }

    private async Task SendNotFoundAsync(HttpContext context)
    {
        var response = context.Response;
        var notFoundPage = Resolver.NotFoundPage();
        if (notFoundPage is not null)
        {
            await SendFileAsync(context, notFoundPage, StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
        if (liveReload is not null)
        {
            // No site yet (the first build failed): a page that can show why, and reload once it is fixed.
            response.ContentType = "text/html; charset=utf-8";
            await WriteWholeAsync(context, new MemoryStream(LiveReload.Inject("<!doctype html><title>Not found</title><p>Not found.</p>"u8.ToArray()))).ConfigureAwait(false);
        }
        else
        {
            response.ContentType = "text/plain; charset=utf-8";
            await WriteWholeAsync(context, new MemoryStream("404 Not Found\n"u8.ToArray())).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a file: with 200 as a <see cref="Representation"/> (ETag, ranges); with 404 whole.
    /// Length, time and bytes all come from one open handle, so that a rebuild replacing the file
    /// meanwhile cannot pair one version's ETag with another's bytes.
    /// </summary>
    private async Task SendFileAsync(HttpContext context, string path, int status)
    {
        var response = context.Response;
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // The site was swapped between resolving and sending: answer as if it was never there.
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (file.ConfigureAwait(false))
        {
            var contentType = SiteContentTypes.Of(path);
            var lastWrite = File.GetLastWriteTimeUtc(file.SafeFileHandle);
            var etag = Representation.FileTag(file.Length, lastWrite);
            Stream content = file;
            if (liveReload is not null && contentType.StartsWith("text/html", StringComparison.Ordinal))
            {
                var html = new byte[file.Length];
                await file.ReadExactlyAsync(html, context.RequestAborted).ConfigureAwait(false);
                content = new MemoryStream(LiveReload.Inject(html), writable: false);
                etag = Representation.FileTag(file.Length, lastWrite, LiveReloadVariant);
            }

            if (status == StatusCodes.Status200OK)
            {
                await RepresentationSender.SendAsync(context, new Representation(content, contentType, etag)).ConfigureAwait(false);
            }
            else
            {
                response.StatusCode = status;
                response.ContentType = contentType;
                await WriteWholeAsync(context, content).ConfigureAwait(false);
            }
        }
    }

    private static async Task RefuseAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await WriteWholeAsync(context, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(reason + "\n"))).ConfigureAwait(false);
    }

    private static async Task WriteWholeAsync(HttpContext context, Stream content)
    {
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
