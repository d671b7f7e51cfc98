using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Explainer.Cli.Serving;

/// <summary>
/// What a 200 sends for a URL: its bytes (a seekable stream the caller owns), their type, and a
/// strong ETag that changes whenever the bytes do.
/// </summary>
internal sealed record Representation(Stream Content, string ContentType, EntityTagHeaderValue ETag)
{
    /// <summary>
    /// The ETag of a file's bytes as sent: its length and last-write time, and <paramref name="variant"/>
    /// when the server sends the file changed (live reload's script tag), so that a browser never
    /// mixes the bytes of the file with those of the changed page.
    /// </summary>
    public static EntityTagHeaderValue FileTag(long length, DateTime lastWriteUtc, string? variant = null) =>
        new(string.Create(CultureInfo.InvariantCulture, $"\"{length:x}-{lastWriteUtc.Ticks:x}{(variant is null ? "" : "-" + variant)}\""));
}
