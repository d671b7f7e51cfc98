using System.Globalization;

namespace Explainer.Components.Media.Audio;

/// <summary>
/// How long an audio file plays, read from its headers at build time (an <c>&lt;audio
/// preload="none"&gt;</c> knows nothing of it until the reader presses play), and how a page writes it.
/// The container is told by the file's first bytes, not its name; each reader reads a few
/// kilobytes, never the whole file.
/// </summary>
public static class AudioLength
{
    /// <summary>
    /// The container and length of the audio in <paramref name="stream"/> (readable and seekable).
    /// Throws <see cref="InvalidDataException"/>, with a reason a reader can act on, when it is none of
    /// the containers or is damaged.
    /// </summary>
    public static (AudioContainer Container, TimeSpan Length) Read(Stream stream)
    {
        Span<byte> head = stackalloc byte[12];
        stream.Position = 0;
        var count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..count];
        var container = Sniff(head) ?? throw new InvalidDataException(Unknown(head));
        var length = container switch
        {
            AudioContainer.Mp3 => Mp3Length.Read(stream),
            AudioContainer.Mp4 => Mp4Length.Read(stream),
            _ => OggLength.Read(stream),
        };
        return (container, length);
    }

    /// <summary>Reads the file at <paramref name="path"/> (see <see cref="Read(Stream)"/>).</summary>
    public static (AudioContainer Container, TimeSpan Length) Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        return Read(stream);
    }

    /// <summary>The length as the page shows it: <c>0:42</c>, <c>2:05</c>, <c>1:02:05</c> (rounded to the second).</summary>
    public static string Text(TimeSpan length)
    {
        var seconds = WholeSeconds(length);
        var (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return h > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}:{s:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{m}:{s:00}");
    }

    /// <summary>The same length as an HTML duration string for <c>&lt;time datetime&gt;</c>: <c>PT2M5S</c>, <c>PT1H2M5S</c>.</summary>
    public static string Iso(TimeSpan length)
    {
        var seconds = WholeSeconds(length);
        var (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        var hours = h > 0 ? string.Create(CultureInfo.InvariantCulture, $"{h}H") : string.Empty;
        var minutes = m > 0 ? string.Create(CultureInfo.InvariantCulture, $"{m}M") : string.Empty;
        var rest = s > 0 || seconds == 0 ? string.Create(CultureInfo.InvariantCulture, $"{s}S") : string.Empty;
        return "PT" + hours + minutes + rest;
    }

    private static long WholeSeconds(TimeSpan length) => (long)Math.Round(length.TotalSeconds, MidpointRounding.AwayFromZero);

    private static AudioContainer? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [(byte)'I', (byte)'D', (byte)'3', ..] => AudioContainer.Mp3,
        [0xFF, var b, ..] when (b & 0xE0) == 0xE0 => AudioContainer.Mp3,
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => AudioContainer.Mp4,
        [(byte)'O', (byte)'g', (byte)'g', (byte)'S', ..] => AudioContainer.Ogg,
        _ => null,
    };

    /// <summary>Why a file is none of the containers; what it is, when it is a common audio file the tool does not take.</summary>
    private static string Unknown(ReadOnlySpan<byte> head) => head switch
    {
        [] => "the file is empty",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'A', (byte)'V', (byte)'E', ..] =>
            "it is a WAV file, which is large and not compressed: convert it to MP3, M4A or Opus",
        [(byte)'f', (byte)'L', (byte)'a', (byte)'C', ..] => "it is a FLAC file: convert it to MP3, M4A or Opus",
        _ => "its first bytes are those of no MP3, MP4 or Ogg file",
    };
}
