using System.Buffers.Binary;

namespace Explainer.Components.Media.Audio;

/// <summary>
/// The length of an MP4 (M4A) file: the movie header box (<c>moov/mvhd</c>) gives a time scale and
/// a duration in it; a fragmented file that leaves that duration empty gives it in
/// <c>moov/mvex/mehd</c>. Only box headers are read on the way, so a <c>moov</c> after the media
/// data costs a few reads, not the file. The file must have a sound track (<c>hdlr</c> of type
/// <c>soun</c>).
/// </summary>
internal static class Mp4Length
{
    private const int BoxHeaderSize = 8;

    public static TimeSpan Read(Stream stream)
    {
        var top = Boxes(stream, 0, stream.Length);
        if (top.Count == 0 || top[0].Type != "ftyp")
        {
            throw new InvalidDataException("it does not begin with the 'ftyp' box an MP4 file begins with");
        }

        var moov = top.FirstOrDefault(b => b.Type == "moov")
            ?? throw new InvalidDataException("it has no 'moov' box, the header that says what it holds (the file is cut off, or still being recorded)");
        var inMoov = Boxes(stream, moov.Content, moov.End);
        var mvhd = inMoov.FirstOrDefault(b => b.Type == "mvhd") ?? throw new InvalidDataException("its 'moov' box has no movie header ('mvhd')");
        if (!HasSoundTrack(stream, inMoov))
        {
            throw new InvalidDataException("it has no sound track");
        }

        var header = ReadContent(stream, mvhd, 32);
        var version = header[0];
        var timeScale = BinaryPrimitives.ReadUInt32BigEndian(header[(version == 1 ? 20 : 12)..]);
        var duration = version == 1 ? BinaryPrimitives.ReadUInt64BigEndian(header[24..]) : BinaryPrimitives.ReadUInt32BigEndian(header[16..]);
        var unknown = duration == 0 || duration == (version == 1 ? ulong.MaxValue : uint.MaxValue);
        if (unknown)
        {
            duration = FragmentedDuration(stream, inMoov)
                ?? throw new InvalidDataException("its movie header does not say how long it is (a fragmented or live recording): write it anew, e.g. ffmpeg -i in.m4a -c copy out.m4a");
        }

        return timeScale == 0
            ? throw new InvalidDataException("its movie header has a time scale of 0")
            : TimeSpan.FromSeconds((double)duration / timeScale);
    }

    /// <summary>True when a track's media handler (<c>trak/mdia/hdlr</c>) is of type <c>soun</c>.</summary>
    private static bool HasSoundTrack(Stream stream, List<Box> inMoov)
    {
        foreach (var trak in inMoov.Where(b => b.Type == "trak"))
        {
            foreach (var mdia in Boxes(stream, trak.Content, trak.End).Where(b => b.Type == "mdia"))
            {
                // hdlr: version and flags (4), pre_defined (4), handler_type (4).
                if (Boxes(stream, mdia.Content, mdia.End).FirstOrDefault(b => b.Type == "hdlr") is { } hdlr
                    && ReadContent(stream, hdlr, 12)[8..12].SequenceEqual("soun"u8))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The fragment duration of <c>mvex/mehd</c>, in the movie's time scale; null when there is none.</summary>
    private static ulong? FragmentedDuration(Stream stream, List<Box> inMoov)
    {
        if (inMoov.FirstOrDefault(b => b.Type == "mvex") is not { } mvex
            || Boxes(stream, mvex.Content, mvex.End).FirstOrDefault(b => b.Type == "mehd") is not { } mehd)
        {
            return null;
        }

        var content = ReadContent(stream, mehd, 8);
        var duration = content[0] == 1 ? BinaryPrimitives.ReadUInt64BigEndian(content[4..]) : BinaryPrimitives.ReadUInt32BigEndian(content[4..]);
        return duration > 0 ? duration : null;
    }

    /// <summary>The boxes between <paramref name="start"/> and <paramref name="end"/>: type, where the content begins, where the box ends.</summary>
    private static List<Box> Boxes(Stream stream, long start, long end)
    {
        var boxes = new List<Box>();
        Span<byte> header = stackalloc byte[16];
        for (var position = start; position < end;)
        {
            if (end - position < BoxHeaderSize)
            {
                throw new InvalidDataException("its boxes end in the middle of a box header (the file is damaged or cut off)");
            }

            stream.Position = position;
            stream.ReadExactly(header[..BoxHeaderSize]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = System.Text.Encoding.Latin1.GetString(header[4..8]);
            var headerSize = BoxHeaderSize;
            if (size == 1)
            {
                // A 64-bit size follows the type.
                stream.ReadExactly(header[8..16]);
                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(header[8..]), long.MaxValue);
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = end - position; // the last box runs to the end
            }

            if (size < headerSize || size > end - position)
            {
                throw new InvalidDataException($"its '{type}' box runs past the end of {(start == 0 ? "the file" : "the box around it")} (the file is damaged or cut off)");
            }

            boxes.Add(new Box(type, position + headerSize, position + size));
            position += size;
        }

        return boxes;
    }

    private static byte[] ReadContent(Stream stream, Box box, int count)
    {
        if (box.End - box.Content < count)
        {
            throw new InvalidDataException($"its '{box.Type}' box is too short");
        }

        var bytes = new byte[count];
        stream.Position = box.Content;
        stream.ReadExactly(bytes);
        return bytes;
    }

    private sealed record Box(string Type, long Content, long End);
}
