using System.Buffers.Binary;

namespace Explainer.Components.Media.Audio;

/// <summary>
/// The length of an MP3 file: after any ID3v2 tags, the first MPEG audio frame (one that another
/// frame follows, so a stray sync word in a tag is not taken for one); then the frame count of its
/// Xing or Info header (what LAME writes, for variable and constant bit rates) or its VBRI header
/// (Fraunhofer's), times the samples per frame; without either, the bytes of audio at the first
/// frame's bit rate, ID3v1 and APE tags at the end left out.
/// </summary>
internal static class Mp3Length
{
    /// <summary>How far after the tags the first frame is looked for.</summary>
    private const int SearchWindow = 64 * 1024;

    /// <summary>More than the longest frame (1,728 bytes, layer II at 384 kbit/s and 32 kHz), so the frame after a candidate is in the buffer too.</summary>
    private const int LongestFrame = 4096;

    private const int Id3HeaderSize = 10;
    private const int Id3v1Size = 128;
    private const int ApeFooterSize = 32;

    public static TimeSpan Read(Stream stream)
    {
        var start = AfterId3v2Tags(stream);
        var buffer = new byte[(int)Math.Min(stream.Length - start, SearchWindow + LongestFrame)];
        stream.Position = start;
        stream.ReadExactly(buffer);
        var (at, frame) = FirstFrame(buffer, start, stream.Length);
        if (VbrFrameCount(buffer.AsSpan(at), frame) is { } frames)
        {
            return TimeSpan.FromSeconds((double)frames * frame.Samples / frame.SampleRate);
        }

        var audioBytes = stream.Length - TrailingTagsLength(stream) - (start + at);
        return audioBytes > 0
            ? TimeSpan.FromSeconds(audioBytes * 8.0 / frame.BitRate)
            : throw new InvalidDataException("the tag at its end claims the bytes of its audio (the tag is damaged)");
    }

    /// <summary>The position after the ID3v2 tags at the start (there may be more than one).</summary>
    private static long AfterId3v2Tags(Stream stream)
    {
        Span<byte> header = stackalloc byte[Id3HeaderSize];
        long position = 0;
        while (true)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(header, Id3HeaderSize, throwOnEndOfStream: false) < Id3HeaderSize || !header.StartsWith("ID3"u8))
            {
                return position;
            }

            // The size is "synchsafe": four bytes of seven bits each.
            var size = 0L;
            foreach (var b in header[6..10])
            {
                size = b < 0x80 ? (size << 7) | b : throw new InvalidDataException("its ID3 tag is damaged (its size is not written as ID3 writes it)");
            }

            var hasFooter = (header[5] & 0x10) != 0;
            position += Id3HeaderSize + size + (hasFooter ? Id3HeaderSize : 0);
            if (position >= stream.Length)
            {
                throw new InvalidDataException($"its ID3 tag says it is {size:N0} bytes long, and no audio follows it in the file's {stream.Length:N0} bytes");
            }
        }
    }

    /// <summary>The first frame in <paramref name="buffer"/> (read at <paramref name="start"/>) that another frame of the same stream follows, or that ends the file.</summary>
    private static (int At, MpegFrameHeader Frame) FirstFrame(byte[] buffer, long start, long fileLength)
    {
        var last = Math.Min(buffer.Length - MpegFrameHeader.Size, SearchWindow);
        for (var i = 0; i <= last; i++)
        {
            if (buffer[i] != 0xFF || MpegFrameHeader.Parse(buffer.AsSpan(i)) is not { Length: > 0 } frame)
            {
                continue;
            }

            var next = i + frame.Length;
            var endsTheFile = start + next >= fileLength - Id3v1Size && start + next <= fileLength;
            if (endsTheFile || (next <= buffer.Length - MpegFrameHeader.Size && MpegFrameHeader.Parse(buffer.AsSpan(next)) is { } following && following.Matches(frame)))
            {
                return (i, frame);
            }
        }

        throw new InvalidDataException(start > 0
            ? "no MPEG audio frame follows its ID3 tag"
            : "no MPEG audio frame begins in its first 64 KB");
    }

    /// <summary>The number of frames a Xing, Info or VBRI header in the first frame gives; null when it has none.</summary>
    private static long? VbrFrameCount(ReadOnlySpan<byte> frame, MpegFrameHeader header)
    {
        if (header.Layer == 3)
        {
            var xing = MpegFrameHeader.Size + header.SideInfoLength;
            if (frame.Length >= xing + 12 && (frame[xing..].StartsWith("Xing"u8) || frame[xing..].StartsWith("Info"u8)))
            {
                const uint HasFrameCount = 1;
                var flags = BinaryPrimitives.ReadUInt32BigEndian(frame[(xing + 4)..]);
                var frames = BinaryPrimitives.ReadUInt32BigEndian(frame[(xing + 8)..]);
                return (flags & HasFrameCount) != 0 && frames > 0 ? frames : null;
            }
        }

        // VBRI stands 32 bytes after the header whatever the mode: ID (4), version, delay and quality (2 each), bytes (4), frames (4).
        const int Vbri = MpegFrameHeader.Size + 32;
        if (frame.Length >= Vbri + 18 && frame[Vbri..].StartsWith("VBRI"u8))
        {
            var frames = BinaryPrimitives.ReadUInt32BigEndian(frame[(Vbri + 14)..]);
            return frames > 0 ? frames : null;
        }

        return null;
    }

    /// <summary>The bytes of an ID3v1 tag and an APE tag at the end of the file, which are no audio.</summary>
    private static long TrailingTagsLength(Stream stream)
    {
        var tags = 0L;
        Span<byte> bytes = stackalloc byte[ApeFooterSize];
        if (stream.Length >= Id3v1Size)
        {
            stream.Position = stream.Length - Id3v1Size;
            stream.ReadExactly(bytes[..3]);
            tags = bytes[..3].SequenceEqual("TAG"u8) ? Id3v1Size : 0;
        }

        if (stream.Length - tags >= ApeFooterSize)
        {
            stream.Position = stream.Length - tags - ApeFooterSize;
            stream.ReadExactly(bytes);
            if (bytes.StartsWith("APETAGEX"u8))
            {
                // The size counts the items and the footer; a header, when the flags say there is one, is 32 bytes more.
                var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes[12..]);
                var hasHeader = (BinaryPrimitives.ReadUInt32LittleEndian(bytes[20..]) & 0x80000000) != 0;
                tags += size + (hasHeader ? ApeFooterSize : 0);
            }
        }

        return Math.Min(tags, stream.Length);
    }
}
