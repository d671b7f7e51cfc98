using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Net.Http.Headers;

namespace Explainer.Cli.Serving;

/// <summary>
/// Answers a GET or HEAD with a <see cref="Representation"/>: 304 when <c>If-None-Match</c> names
/// its ETag, 206 for one satisfiable byte range (unless <c>If-Range</c> names another ETag), 416
/// for a range past the end, otherwise 200 with everything. HEAD gets the same headers, no body.
/// </summary>
internal static class RepresentationSender
{
    public static async Task SendAsync(HttpContext context, Representation representation)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.ETag = representation.ETag.ToString();
        response.Headers.AcceptRanges = "bytes";
        if (NoneMatch(request, representation.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var length = representation.Content.Length;
        var range = RangeApplies(request, representation.ETag) ? RangeRequest.Parse(request.Headers.Range, length) : new RangeRequest.Whole();
        switch (range)
        {
            case RangeRequest.Unsatisfiable:
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                response.Headers.ContentRange = $"bytes */{length}";
                response.ContentLength = 0;
                return;
            case RangeRequest.Part part:
                response.StatusCode = StatusCodes.Status206PartialContent;
                response.Headers.ContentRange = $"bytes {part.Start}-{part.End}/{length}";
                await WriteAsync(context, representation, part.Start, part.Length).ConfigureAwait(false);
                return;
            default:
                response.StatusCode = StatusCodes.Status200OK;
                await WriteAsync(context, representation, 0, length).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>Whether If-None-Match names the representation: <c>*</c>, or a tag equal by weak comparison (RFC 9110 §13.1.2).</summary>
    private static bool NoneMatch(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Tag == EntityTagHeaderValue.Any.Tag || tag.Compare(etag, useStrongComparison: false));

    /// <summary>
    /// Whether to look at Range: always without If-Range; with it, only when it names the
    /// representation's ETag by strong comparison. A date never does, since no Last-Modified is sent.
    /// </summary>
    private static bool RangeApplies(HttpRequest request, EntityTagHeaderValue etag) =>
        request.Headers.IfRange.Count == 0
        || (RangeConditionHeaderValue.TryParse(request.Headers.IfRange.ToString(), out var condition)
            && condition.EntityTag is { } tag
            && tag.Compare(etag, useStrongComparison: true));

    private static async Task WriteAsync(HttpContext context, Representation representation, long start, long count)
    {
        var response = context.Response;
        response.ContentType = representation.ContentType;
        response.ContentLength = count;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        representation.Content.Seek(start, SeekOrigin.Begin);
        await StreamCopyOperation.CopyToAsync(representation.Content, response.Body, count, context.RequestAborted).ConfigureAwait(false);
    }
}
