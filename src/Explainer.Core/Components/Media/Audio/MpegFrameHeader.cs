using System.Buffers.Binary;

namespace Explainer.Components.Media.Audio;

/// <summary>
/// The four-byte header of an MPEG audio frame (ISO/IEC 11172-3 and 13818-3): the version, layer,
/// bit rate and sample rate, and what follows from them, the frame's length in bytes and in samples.
/// </summary>
internal readonly record struct MpegFrameHeader(int Version, int Layer, int BitRate, int SampleRate, bool Padded, bool Mono)
{
    // Kilobits per second by bit rate index (1–14); index 0 is "free format", 15 is forbidden.
    private static readonly int[] Mpeg1Layer1 = [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448];
    private static readonly int[] Mpeg1Layer2 = [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384];
    private static readonly int[] Mpeg1Layer3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Layer1 = [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256];
    private static readonly int[] Mpeg2Layer23 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

    /// <summary>The size of a header.</summary>
    public const int Size = 4;

    /// <summary>Audio samples (per channel) in one frame.</summary>
    public int Samples => Layer switch
    {
        1 => 384,
        2 => 1152,
        _ => Version == 1 ? 1152 : 576,
    };

    /// <summary>The frame's length in bytes, header included; 0 for a free-format frame, whose length the header does not give.</summary>
    public int Length => BitRate == 0
        ? 0
        : Layer == 1
            ? ((12 * BitRate / SampleRate) + (Padded ? 1 : 0)) * 4
            : (Samples / 8 * BitRate / SampleRate) + (Padded ? 1 : 0);

    /// <summary>The bytes of layer III side information after the header: a Xing or Info header follows them.</summary>
    public int SideInfoLength => Version == 1 ? (Mono ? 17 : 32) : (Mono ? 9 : 17);

    /// <summary>True when the frame belongs to the same stream as <paramref name="other"/>: what a second frame must share with the first.</summary>
    public bool Matches(MpegFrameHeader other) => Version == other.Version && Layer == other.Layer && SampleRate == other.SampleRate;

    /// <summary>The header at the start of <paramref name="bytes"/>; null when it is not one (no sync, a reserved or forbidden value).</summary>
    public static MpegFrameHeader? Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size)
        {
            return null;
        }

        var word = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        if ((word & 0xFFE00000) != 0xFFE00000)
        {
            return null;
        }

        var version = ((word >> 19) & 3) switch { 0 => 25, 2 => 2, 3 => 1, _ => 0 }; // 25: MPEG 2.5; 1 is reserved
        var layer = ((word >> 17) & 3) switch { 1 => 3, 2 => 2, 3 => 1, _ => 0 };
        var bitRateIndex = (int)((word >> 12) & 15);
        var sampleRateIndex = (int)((word >> 10) & 3);
        if (version == 0 || layer == 0 || bitRateIndex == 15 || sampleRateIndex == 3)
        {
            return null;
        }

        int[] rates = (version, layer) switch
        {
            (1, 1) => Mpeg1Layer1,
            (1, 2) => Mpeg1Layer2,
            (1, _) => Mpeg1Layer3,
            (_, 1) => Mpeg2Layer1,
            _ => Mpeg2Layer23,
        };
        int[] sampleRates = version switch { 1 => [44100, 48000, 32000], 2 => [22050, 24000, 16000], _ => [11025, 12000, 8000] };
        return new MpegFrameHeader(
            version, layer, rates[bitRateIndex] * 1000, sampleRates[sampleRateIndex], ((word >> 9) & 1) == 1, ((word >> 6) & 3) == 3);
    }
}
