namespace Explainer.Cli.Serving;

/// <summary>
/// What a <c>Range</c> header asks of a representation of a given length (RFC 9110 §14.1.2).
/// One range is served; a list of ranges, like a header that is not a valid <c>bytes</c> range,
/// is ignored and the whole representation sent, as RFC 9110 allows.
/// </summary>
public abstract record RangeRequest
{
    private const string BytesUnit = "bytes=";

    private static readonly Whole All = new();
    private static readonly Unsatisfiable None = new();

    /// <summary>No range, or one to ignore: send everything with 200.</summary>
    public sealed record Whole : RangeRequest;

    /// <summary>Send <paramref name="Length"/> bytes from <paramref name="Start"/> with 206.</summary>
    public sealed record Part(long Start, long Length) : RangeRequest
    {
        /// <summary>The position of the last byte, as Content-Range writes it.</summary>
        public long End => Start + Length - 1;
    }

    /// <summary>A valid range that lies past the end: 416.</summary>
    public sealed record Unsatisfiable : RangeRequest;

    /// <summary>Reads a Range header's value (null when there is none) against <paramref name="length"/>.</summary>
    public static RangeRequest Parse(string? header, long length)
    {
        if (header is null || !header.StartsWith(BytesUnit, StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        var spec = header.AsSpan(BytesUnit.Length).Trim(" \t");
        var dash = spec.IndexOf('-');
        if (dash < 0 || spec.Contains(','))
        {
            return All;
        }

        var first = spec[..dash];
        var last = spec[(dash + 1)..];
        if (first.IsEmpty)
        {
            if (!TryReadDigits(last, out var suffix))
            {
                return All;
            }

            // An empty representation has no last bytes to send, but is wholly "shorter than the suffix": 200.
            return suffix == 0 ? None : length == 0 ? All : new Part(length - Math.Min(suffix, length), Math.Min(suffix, length));
        }

        if (!TryReadDigits(first, out var start))
        {
            return All;
        }

        var end = long.MaxValue;
        if (!last.IsEmpty && (!TryReadDigits(last, out end) || end < start))
        {
            return All;
        }

        return start >= length ? None : new Part(start, Math.Min(end, length - 1) - start + 1);
    }

    // Digits only, no sign or spaces. A number too large for a long is still a valid position: it
    // saturates, and the caller clamps it to the length (or finds it past the end).
    private static bool TryReadDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value > (long.MaxValue - 9) / 10 ? long.MaxValue : (value * 10) + (c - '0');
        }

        return true;
    }
}
