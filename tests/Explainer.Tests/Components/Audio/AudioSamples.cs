using System.Buffers.Binary;
using System.Text;

namespace Explainer.Tests.Components.Audio;

/// <summary>
/// Audio files made byte by byte from the specifications, for the length readers: MPEG audio frames
/// (all zero after the header: a frame of silence), MP4 boxes and Ogg pages. Nothing here comes from
/// an encoder; <see cref="RealEncoderTests"/> checks the readers against ffmpeg's files.
/// </summary>
public static class AudioSamples
{
    /// <summary>
    /// MPEG-1 layer III frames at 48 kHz (1,152 samples, 24 ms each), stereo, so a frame has no
    /// padding: 144 × bit rate / 48,000 bytes. The first frame may carry a Xing or VBRI header.
    /// </summary>
    public static byte[] Mp3(int frames, int kbps = 128, int? xingFrames = null, string xingTag = "Xing", int? vbriFrames = null, int id3Size = 0, bool id3v1 = false, bool mono = false)
    {
        var frameLength = 144 * kbps * 1000 / 48000;
        var bitRateIndex = Array.IndexOf([0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320], kbps);
        var file = new MemoryStream();
        if (id3Size > 0)
        {
            file.Write("ID3"u8);
            file.Write([4, 0, 0]);
            file.Write([(byte)((id3Size >> 21) & 0x7F), (byte)((id3Size >> 14) & 0x7F), (byte)((id3Size >> 7) & 0x7F), (byte)(id3Size & 0x7F)]);
            file.Write(new byte[id3Size]);
        }

        for (var i = 0; i < frames; i++)
        {
            var frame = new byte[frameLength];
            // Sync, MPEG-1, layer III, no CRC; bit rate; 48 kHz (index 1), no padding; channel mode.
            frame[0] = 0xFF;
            frame[1] = 0xFB;
            frame[2] = (byte)((bitRateIndex << 4) | (1 << 2));
            frame[3] = (byte)(mono ? 0xC0 : 0x00);
            if (i == 0 && xingFrames is { } count)
            {
                var at = 4 + (mono ? 17 : 32);
                Encoding.ASCII.GetBytes(xingTag).CopyTo(frame, at);
                BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(at + 4), 1); // flags: the frame count is there
                BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(at + 8), (uint)count);
            }

            if (i == 0 && vbriFrames is { } vbri)
            {
                "VBRI"u8.CopyTo(frame.AsSpan(36));
                BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(40), 1);
                BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(50), (uint)vbri);
            }

            file.Write(frame);
        }

        if (id3v1)
        {
            var tag = new byte[128];
            "TAG"u8.CopyTo(tag);
            file.Write(tag);
        }

        return file.ToArray();
    }

    /// <summary>An MP4 (M4A) file: <c>ftyp</c>, media data and a <c>moov</c> with a movie header and one track.</summary>
    public static byte[] Mp4(uint timeScale, ulong duration, int version = 0, bool moovFirst = false, string handler = "soun", ulong? fragmentDuration = null)
    {
        var mvhd = new byte[version == 1 ? 112 : 100];
        mvhd[0] = (byte)version;
        if (version == 1)
        {
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(20), timeScale);
            BinaryPrimitives.WriteUInt64BigEndian(mvhd.AsSpan(24), duration);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), timeScale);
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), (uint)duration);
        }

        var hdlr = new byte[24];
        Encoding.ASCII.GetBytes(handler).CopyTo(hdlr, 8);
        var trak = Box("trak", Box("mdia", Box("hdlr", hdlr)));
        var mvex = fragmentDuration is { } fragments ? Box("mvex", Box("mehd", [0, 0, 0, 0, .. BigEndian((uint)fragments)])) : [];
        var moov = Box("moov", [.. Box("mvhd", mvhd), .. trak, .. mvex]);
        var ftyp = Box("ftyp", [.. "M4A "u8, 0, 0, 2, 0, .. "M4A isommp42"u8]);
        var mdat = Box("mdat", new byte[3000]);
        return moovFirst ? [.. ftyp, .. moov, .. mdat] : [.. ftyp, .. mdat, .. moov];
    }

    /// <summary>An MP4 box: its size, its type, its content.</summary>
    public static byte[] Box(string type, byte[] content) => [.. BigEndian((uint)(8 + content.Length)), .. Encoding.ASCII.GetBytes(type), .. content];

    /// <summary>The Vorbis identification header: packet type 1, "vorbis", version, channels, sample rate, bit rates, block sizes, framing.</summary>
    public static byte[] VorbisHead(uint sampleRate)
    {
        var head = new byte[30];
        head[0] = 1;
        "vorbis"u8.CopyTo(head.AsSpan(1));
        head[11] = 2;
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), sampleRate);
        head[28] = 0xB8;
        head[29] = 1;
        return head;
    }

    /// <summary>The Opus identification header (RFC 7845 §5.1): "OpusHead", version, channels, pre-skip, input rate, gain, mapping.</summary>
    public static byte[] OpusHead(ushort preSkip)
    {
        var head = new byte[19];
        "OpusHead"u8.CopyTo(head);
        head[8] = 1;
        head[9] = 2;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), preSkip);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), 48000);
        return head;
    }

    /// <summary>
    /// An Ogg stream: the identification header alone on the first page (granule 0), then one page
    /// of <paramref name="bodyBytes"/> bytes per granule position given, the last one ending the stream.
    /// </summary>
    public static byte[] Ogg(byte[] head, long[] granules, uint serial = 7, int bodyBytes = 200)
    {
        var file = new MemoryStream();
        file.Write(OggPage(head, 0, serial, 0, beginsStream: true));
        for (var i = 0; i < granules.Length; i++)
        {
            file.Write(OggPage(new byte[bodyBytes], granules[i], serial, (uint)(i + 1), endsStream: i == granules.Length - 1));
        }

        return file.ToArray();
    }

    /// <summary>One Ogg page holding <paramref name="body"/> as one packet, with its checksum computed as the specification says.</summary>
    public static byte[] OggPage(byte[] body, long granule, uint serial, uint sequence, bool beginsStream = false, bool endsStream = false)
    {
        var lacing = new List<byte>();
        var left = body.Length;
        while (left >= 255)
        {
            lacing.Add(255);
            left -= 255;
        }

        lacing.Add((byte)left);
        var page = new byte[27 + lacing.Count + body.Length];
        "OggS"u8.CopyTo(page);
        page[5] = (byte)((beginsStream ? 2 : 0) | (endsStream ? 4 : 0));
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(14), serial);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(18), sequence);
        page[26] = (byte)lacing.Count;
        lacing.ToArray().CopyTo(page, 27);
        body.CopyTo(page, 27 + lacing.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), OggCrc(page));
        return page;
    }

    /// <summary>Ogg's CRC-32 bit by bit (polynomial 0x04C11DB7, not reflected, starting at 0): written apart from the tool's table-driven one.</summary>
    public static uint OggCrc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0u;
        foreach (var b in bytes)
        {
            crc ^= (uint)b << 24;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }

        return crc;
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
