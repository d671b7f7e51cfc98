using Explainer.Components.Media.Audio;

namespace Explainer.Tests.Components.Audio;

/// <summary>The length of MP3, MP4 and Ogg files read from their headers, on files made by <see cref="AudioSamples"/>; damaged files are errors that say why.</summary>
public sealed class AudioLengthTests
{
    private static (AudioContainer Container, TimeSpan Length) Read(byte[] bytes) => AudioLength.Read(new MemoryStream(bytes));

    private static void AssertSeconds(double expected, byte[] file) => Assert.Equal(expected, Read(file).Length.TotalSeconds, 3);

    private static string Why(byte[] bytes) => Assert.Throws<InvalidDataException>(() => Read(bytes)).Message;

    [Fact]
    public void An_mp3_without_a_vbr_header_is_measured_by_its_bit_rate()
    {
        // 125 frames of 384 bytes at 128 kbit/s: 48,000 bytes, 3 s.
        Assert.Equal((AudioContainer.Mp3, TimeSpan.FromSeconds(3)), Read(AudioSamples.Mp3(125)));
    }

    [Fact]
    public void Tags_before_and_after_the_frames_are_no_audio()
    {
        AssertSeconds(3, AudioSamples.Mp3(125, id3Size: 5000, id3v1: true));
        AssertSeconds(3, ApeTag(AudioSamples.Mp3(125), items: 700, claimed: 700 + 32));
    }

    [Fact]
    public void A_xing_or_info_header_gives_the_frame_count()
    {
        // The header says 500 frames (12 s) while the file holds 3: the count is believed, not the size.
        AssertSeconds(12, AudioSamples.Mp3(3, xingFrames: 500));
        AssertSeconds(12, AudioSamples.Mp3(3, xingFrames: 500, xingTag: "Info"));
        AssertSeconds(12, AudioSamples.Mp3(3, xingFrames: 500, mono: true));
    }

    [Fact]
    public void A_vbri_header_gives_the_frame_count()
    {
        AssertSeconds(24, AudioSamples.Mp3(3, vbriFrames: 1000));
    }

    [Fact]
    public void A_stray_sync_word_before_the_first_frame_is_not_taken_for_one()
    {
        // Junk between the tag and the frames holds a frame header that no frame follows: the
        // audio starts at the first real frame, and the file measures 3 s from there.
        var junk = new byte[100];
        junk[20] = 0xFF;
        junk[21] = 0xFB;
        junk[22] = 0x94;
        AssertSeconds(3, [.. AudioSamples.Mp3(0, id3Size: 10), .. junk, .. AudioSamples.Mp3(125)]);
    }

    [Fact]
    public void The_mp3_frame_header_reads_every_version_and_layer()
    {
        // MPEG-2 layer III, 64 kbit/s, 24 kHz: 576 samples, 72 × 64,000 / 24,000 = 192 bytes.
        var frame = MpegFrameHeader.Parse([0xFF, 0xF3, 0x84, 0x00])!.Value;
        Assert.Equal((2, 3, 64000, 24000, 576, 192), (frame.Version, frame.Layer, frame.BitRate, frame.SampleRate, frame.Samples, frame.Length));

        // MPEG-1 layer I, 448 kbit/s, 32 kHz, padded: (12 × 448,000 / 32,000 + 1) × 4 = 676 bytes of 384 samples.
        var layer1 = MpegFrameHeader.Parse([0xFF, 0xFF, 0xEA, 0x00])!.Value;
        Assert.Equal((1, 1, 448000, 32000, 384, 676), (layer1.Version, layer1.Layer, layer1.BitRate, layer1.SampleRate, layer1.Samples, layer1.Length));

        // MPEG-2.5 layer II, 8 kHz.
        Assert.Equal((25, 2, 8000), MpegFrameHeader.Parse([0xFF, 0xE5, 0x18, 0x00]) is { } m ? (m.Version, m.Layer, m.SampleRate) : default);

        // A reserved version, a forbidden bit rate, a reserved sample rate: no header.
        Assert.Null(MpegFrameHeader.Parse([0xFF, 0xEB, 0x90, 0x00]));
        Assert.Null(MpegFrameHeader.Parse([0xFF, 0xFB, 0xF0, 0x00]));
        Assert.Null(MpegFrameHeader.Parse([0xFF, 0xFB, 0x9C, 0x00]));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(0, true)]
    public void An_mp4_gives_its_length_in_the_movie_header(int version, bool moovFirst)
    {
        Assert.Equal((AudioContainer.Mp4, TimeSpan.FromSeconds(125.5)), Read(AudioSamples.Mp4(44100, 44100UL * 1255 / 10, version, moovFirst)));
    }

    [Fact]
    public void A_fragmented_mp4_gives_its_length_in_the_movie_extends_header()
    {
        AssertSeconds(3725, AudioSamples.Mp4(1000, 0, fragmentDuration: 3_725_000));
    }

    [Fact]
    public void Ogg_vorbis_counts_samples_at_its_sample_rate()
    {
        Assert.Equal((AudioContainer.Ogg, TimeSpan.FromSeconds(2.5)), Read(AudioSamples.Ogg(AudioSamples.VorbisHead(44100), [44100, 88200, 110250])));
    }

    [Fact]
    public void Ogg_opus_counts_samples_at_48_khz_less_the_pre_skip()
    {
        AssertSeconds(2, AudioSamples.Ogg(AudioSamples.OpusHead(312), [48000, 96312]));
    }

    [Fact]
    public void The_last_page_of_the_first_stream_counts_and_a_damaged_last_page_is_passed_over()
    {
        // Another stream's page after it, then a last page cut short: 96,000 samples of the first stream.
        var file = AudioSamples.Ogg(AudioSamples.OpusHead(0), [48000, 96000]);
        byte[] other = AudioSamples.OggPage(new byte[50], 999_999, serial: 8, sequence: 0);
        byte[] cut = AudioSamples.OggPage(new byte[300], 480_000, serial: 7, sequence: 9)[..100];
        AssertSeconds(2, [.. file, .. other, .. cut]);
    }

    [Fact]
    public void A_last_page_far_before_the_end_is_found_reading_backwards()
    {
        // Long pages, then 200 KB that are no page: more than one window back from the end.
        byte[] file = [.. AudioSamples.Ogg(AudioSamples.VorbisHead(8000), [8000, 40000, 80000], bodyBytes: 60000), .. new byte[200_000]];
        AssertSeconds(10, file);
    }

    [Fact]
    public void The_ogg_checksum_is_ogg_crc_32()
    {
        Assert.Equal(0x89A1897Fu, OggPage.Crc("123456789"u8));
        var page = AudioSamples.OggPage(new byte[1000], 5, 1, 1);
        Assert.Equal(AudioSamples.OggCrc(page.AsSpan()[..22].ToArray().Concat(new byte[4]).Concat(page[26..]).ToArray()), OggPage.Crc(page));
    }

    public static TheoryData<string, byte[], string> Damaged => new()
    {
        { "empty", [], "the file is empty" },
        { "text", "Hello, this is no audio at all."u8.ToArray(), "its first bytes are those of no MP3, MP4 or Ogg file" },
        { "wav", [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVEfmt "u8], "it is a WAV file" },
        { "flac", [.. "fLaC"u8, 0, 0, 0, 34], "it is a FLAC file" },
        { "id3 only", AudioSamples.Mp3(0, id3Size: 100), "no audio follows it" },
        { "id3 then text", [.. AudioSamples.Mp3(0, id3Size: 10), .. new byte[5000]], "no MPEG audio frame follows its ID3 tag" },
        { "sync word then nothing", [0xFF, 0xFB, 0x94, 0x00, .. new byte[50]], "no MPEG audio frame begins in its first 64 KB" },
        { "ape tag larger than the file", ApeTag(AudioSamples.Mp3(2), items: 0, claimed: 1_000_000), "the tag at its end claims the bytes of its audio" },
        { "mp4 without moov", AudioSamples.Box("ftyp", "M4A "u8.ToArray()), "it has no 'moov' box" },
        { "mp4 cut off", AudioSamples.Mp4(1000, 5000)[..3100], "box runs past the end of the file" },
        { "mp4 video only", AudioSamples.Mp4(1000, 5000, handler: "vide"), "it has no sound track" },
        { "mp4 without a length", AudioSamples.Mp4(1000, 0), "does not say how long it is" },
        { "mp4 not starting with ftyp", [.. AudioSamples.Box("moov", []), .. "ftyp"u8], "its first bytes are those of no" },
        { "ogg damaged first page", Corrupt(AudioSamples.Ogg(AudioSamples.OpusHead(0), [48000]), 40), "its first Ogg page is damaged" },
        { "ogg theora", AudioSamples.Ogg([0x80, .. "theora"u8], [10]), "neither Vorbis nor Opus" },
        { "ogg without a last page", AudioSamples.Ogg(AudioSamples.OpusHead(0), [48000])[..60], "no complete Ogg page of its audio stream ends it" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_file_that_is_no_audio_or_is_damaged_says_why(string what, byte[] bytes, string reason)
    {
        Assert.Contains(reason, Why(bytes), StringComparison.Ordinal);
        Assert.NotEmpty(what);
    }

    [Theory]
    [InlineData(0, "0:00", "PT0S")]
    [InlineData(0.4, "0:00", "PT0S")]
    [InlineData(0.5, "0:01", "PT1S")]
    [InlineData(42, "0:42", "PT42S")]
    [InlineData(125, "2:05", "PT2M5S")]
    [InlineData(600, "10:00", "PT10M")]
    [InlineData(3725.4, "1:02:05", "PT1H2M5S")]
    [InlineData(36000, "10:00:00", "PT10H")]
    public void A_length_is_written_as_a_player_shows_it_and_as_an_html_duration(double seconds, string text, string iso)
    {
        Assert.Equal(text, AudioLength.Text(TimeSpan.FromSeconds(seconds)));
        Assert.Equal(iso, AudioLength.Iso(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData("a.mp3", AudioContainer.Mp3)]
    [InlineData("media/A.M4A", AudioContainer.Mp4)]
    [InlineData("a.ogg", AudioContainer.Ogg)]
    [InlineData("a.opus", AudioContainer.Ogg)]
    [InlineData("a.wav", null)]
    [InlineData("a.mp4", null)]
    [InlineData("mp3", null)]
    public void The_extension_names_the_container(string path, AudioContainer? container) =>
        Assert.Equal(container, AudioFormats.Of(path));

    /// <summary>The file with an APE tag after it: <paramref name="items"/> bytes of items, then a footer that says the tag is <paramref name="claimed"/> bytes long.</summary>
    private static byte[] ApeTag(byte[] file, int items, uint claimed)
    {
        var footer = new byte[32];
        "APETAGEX"u8.CopyTo(footer);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(footer.AsSpan(12), claimed);
        return [.. file, .. new byte[items], .. footer];
    }

    private static byte[] Corrupt(byte[] bytes, int at)
    {
        bytes[at] ^= 0xFF;
        return bytes;
    }
}
