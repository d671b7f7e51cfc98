using Microsoft.AspNetCore.Http;

namespace Explainer.Cli.Serving;

/// <summary>
/// Answers one HTTP request from the site folder: only for the allowed hosts, GET and HEAD only, no caching, no listings. With
/// live reload, its URLs are answered first and HTML responses carry its script.
/// </summary>
internal sealed class StaticSiteRequestHandler(SitePathResolver resolver, HostCheck hostCheck, LiveReload? liveReload = null)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        // The site is rebuilt under the server: a browser may keep a copy, but must ask before using it.
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

        switch (resolver.Resolve(request.PathBase + request.Path))
        {
            case SiteResource.File file:
                await SendAsync(context, file.FullPath, StatusCodes.Status200OK).ConfigureAwait(false);
                break;
            case SiteResource.Redirect redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = redirect.Location + request.QueryString;
                break;
            default:
                var notFoundPage = resolver.NotFoundPage();
                if (notFoundPage is null && liveReload is not null)
                {
                    // No site yet (the first build failed): a page that can show why, and reload once it is fixed.
                    response.StatusCode = StatusCodes.Status404NotFound;
                    response.ContentType = "text/html; charset=utf-8";
                    await WriteBodyAsync(context, LiveReload.Inject("<!doctype html><title>Not found</title><p>Not found.</p>"u8.ToArray())).ConfigureAwait(false);
                }
                else if (notFoundPage is null)
                {
                    response.StatusCode = StatusCodes.Status404NotFound;
                    response.ContentType = "text/plain; charset=utf-8";
                    await WriteBodyAsync(context, "404 Not Found\n"u8.ToArray()).ConfigureAwait(false);
                }
                else
                {
                    await SendAsync(context, notFoundPage, StatusCodes.Status404NotFound).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task SendAsync(HttpContext context, string path, int status)
    {
        var response = context.Response;
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            // The site was swapped between resolving and sending: answer as if it was never there.
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.StatusCode = status;
        response.ContentType = SiteContentTypes.Of(path);
        if (liveReload is not null && response.ContentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            byte[] html;
            try
            {
                html = await File.ReadAllBytesAsync(path, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                response.StatusCode = StatusCodes.Status404NotFound; // swapped away by a rebuild, as above
                return;
            }

            await WriteBodyAsync(context, LiveReload.Inject(html)).ConfigureAwait(false);
            return;
        }

        response.ContentLength = file.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(path, 0, file.Length, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Task RefuseAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return WriteBodyAsync(context, System.Text.Encoding.UTF8.GetBytes(reason + "\n"));
    }

    private static async Task WriteBodyAsync(HttpContext context, byte[] content)
    {
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
