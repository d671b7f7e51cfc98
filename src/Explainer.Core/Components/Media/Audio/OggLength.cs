using System.Buffers.Binary;

namespace Explainer.Components.Media.Audio;

/// <summary>
/// The length of an Ogg Vorbis or Ogg Opus file (RFC 3533, RFC 7845): the first page begins the
/// stream with the codec's identification header (Vorbis gives its sample rate; Opus always counts
/// at 48 kHz and gives the samples to skip at the start); the last page of that stream gives the
/// number of samples in its granule position. Pages are taken only when their checksum holds, so a
/// run of bytes that merely looks like a page header is not read as one. A chained file (streams one
/// after another) is measured by its first stream.
/// </summary>
internal static class OggLength
{
    private const int PageHeaderSize = 27;

    /// <summary>The longest page: its header, 255 lacing values, 255 segments of 255 bytes.</summary>
    private const int LongestPage = PageHeaderSize + 255 + (255 * 255);

    private const int OpusRate = 48000;

    public static TimeSpan Read(Stream stream)
    {
        var head = new byte[(int)Math.Min(stream.Length, LongestPage)];
        stream.Position = 0;
        stream.ReadExactly(head);
        var first = OggPage.At(head, 0) ?? throw new InvalidDataException("its first Ogg page is damaged (its checksum does not match)");
        if (!first.BeginsStream)
        {
            throw new InvalidDataException("its first Ogg page does not begin a stream");
        }

        var packet = head.AsSpan(first.Body, first.BodyLength);
        var (rate, skip) = packet switch
        {
            [1, (byte)'v', (byte)'o', (byte)'r', (byte)'b', (byte)'i', (byte)'s', ..] when packet.Length >= 16 =>
                (BinaryPrimitives.ReadUInt32LittleEndian(packet[12..]), 0),
            [(byte)'O', (byte)'p', (byte)'u', (byte)'s', (byte)'H', (byte)'e', (byte)'a', (byte)'d', ..] when packet.Length >= 12 =>
                ((uint)OpusRate, BinaryPrimitives.ReadUInt16LittleEndian(packet[10..])),
            _ => throw new InvalidDataException("it is an Ogg file, but holds neither Vorbis nor Opus audio"),
        };
        if (rate == 0)
        {
            throw new InvalidDataException("its Vorbis header gives a sample rate of 0");
        }

        var granule = LastGranule(stream, first.Serial)
            ?? throw new InvalidDataException("no complete Ogg page of its audio stream ends it (the file is damaged or cut off)");
        return TimeSpan.FromSeconds(Math.Max(0, granule - skip) / (double)rate);
    }

    /// <summary>
    /// The granule position of the last complete page of stream <paramref name="serial"/>: the file
    /// is read backwards, a page's length at a time, until one is found.
    /// </summary>
    private static long? LastGranule(Stream stream, uint serial)
    {
        var window = new byte[(int)Math.Min(stream.Length, 2 * LongestPage)];
        for (var end = stream.Length; end > 0; end -= LongestPage)
        {
            var start = Math.Max(0, end - window.Length);
            var length = (int)(end - start);
            stream.Position = start;
            stream.ReadExactly(window.AsSpan(0, length));
            for (var i = window.AsSpan(0, length).LastIndexOf("OggS"u8); i >= 0; i = window.AsSpan(0, i).LastIndexOf("OggS"u8))
            {
                // A page that ends past this window was looked at in the window after it.
                // Header pages have granule 0, a page that ends no packet -1: neither says how long the audio is.
                if (OggPage.At(window.AsSpan(0, length), i) is { } page && page.Serial == serial && page.Granule > 0)
                {
                    return page.Granule;
                }
            }

            if (start == 0)
            {
                break;
            }
        }

        return null;
    }
}

/// <summary>An Ogg page header read from a buffer: where its body is, its stream, its granule position.</summary>
internal readonly record struct OggPage(int Body, int BodyLength, bool BeginsStream, long Granule, uint Serial)
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>The page at <paramref name="at"/>, when all of it is in <paramref name="buffer"/> and its checksum holds; else null.</summary>
    public static OggPage? At(ReadOnlySpan<byte> buffer, int at)
    {
        var page = buffer[at..];
        if (page.Length < 27 || !page.StartsWith("OggS"u8) || page[4] != 0)
        {
            return null;
        }

        var segments = page[26];
        var headerLength = 27 + segments;
        if (page.Length < headerLength)
        {
            return null;
        }

        var bodyLength = 0;
        foreach (var lacing in page[27..headerLength])
        {
            bodyLength += lacing;
        }

        if (page.Length < headerLength + bodyLength || Crc(page[..(headerLength + bodyLength)]) != BinaryPrimitives.ReadUInt32LittleEndian(page[22..]))
        {
            return null;
        }

        return new OggPage(at + headerLength, bodyLength, (page[5] & 2) != 0,
            BinaryPrimitives.ReadInt64LittleEndian(page[6..]), BinaryPrimitives.ReadUInt32LittleEndian(page[14..]));
    }

    /// <summary>Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected, starting at 0) of a page with its checksum field taken as zero.</summary>
    public static uint Crc(ReadOnlySpan<byte> page)
    {
        var crc = 0u;
        for (var i = 0; i < page.Length; i++)
        {
            var b = i is >= 22 and < 26 ? (byte)0 : page[i];
            crc = (crc << 8) ^ CrcTable[(crc >> 24) ^ b];
        }

        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var r = n << 24;
            for (var k = 0; k < 8; k++)
            {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }

            table[n] = r;
        }

        return table;
    }
}
