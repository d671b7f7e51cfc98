using System.Buffers.Binary;

namespace Explainer.Load;

/// <summary>
/// Whether a 200 response carries a whole file. A length other than announced is the plain case;
/// the others are what a file replaced while it was sent can look like: the announced length of
/// the old file filled with the start of the new one. So each format's own end is checked.
/// </summary>
public static class WholeBody
{
    /// <summary>Why <paramref name="body"/> is not a whole <paramref name="file"/>, or null when it is.</summary>
    public static string? Problem(string file, ReadOnlySpan<byte> body, long? contentLength)
    {
        if (contentLength is { } length && length != body.Length)
        {
            return $"200 with {body.Length} of {length} bytes";
        }

        var extension = Path.GetExtension(file);
        var end = body.TrimEnd("\r\n \t"u8);
        var whole = extension switch
        {
            // The server adds its live reload script before </body>; the document still ends.
            ".html" => end.EndsWith("</html>"u8),
            ".xml" => end.EndsWith(">"u8),
            ".json" => end.EndsWith("}"u8),
            // The IEND chunk: length 0, type, CRC.
            ".png" => body.EndsWith((ReadOnlySpan<byte>)[0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]),
            // "RIFF", then the size of what follows the first 8 bytes.
            ".webp" => body.Length >= 12 && body.StartsWith("RIFF"u8) && BinaryPrimitives.ReadUInt32LittleEndian(body[4..8]) + 8 == body.Length,
            _ => true,
        };
        return whole ? null : $"200 with a {extension} file of {body.Length} bytes that does not end as the format does";
    }
}
