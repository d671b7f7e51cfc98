using Explainer.Tests.Snapshots;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components.Audio;

/// <summary>
/// The audio files the fixtures ship are the ones <see cref="AudioSamples"/> makes here, byte for
/// byte: nothing in them comes from the web or an encoder, and this says how each was made. After a
/// change to a sample, <c>XPL_ACCEPT_SNAPSHOTS=1</c> writes the files anew.
/// </summary>
public sealed class AudioFixtureFilesTests
{
    private static string Fixtures => Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures");

    public static TheoryData<string> Files => [.. Samples.Keys];

    /// <summary>The files, by path under Fixtures/.</summary>
    private static readonly Dictionary<string, Func<byte[]>> Samples = new(StringComparer.Ordinal)
    {
        // 10 frames of silence at 32 kbit/s whose Info header counts 5,209 frames: 125 s, "2:05".
        ["Components/input/components/media/interview.mp3"] = () => AudioSamples.Mp3(10, kbps: 32, xingFrames: 5209, xingTag: "Info"),
        // An Opus header and pages without audio, 3 s by its last granule position.
        ["Components/input/components/media/jingle.opus"] = () => AudioSamples.Ogg(AudioSamples.OpusHead(312), [48_312, 144_312], bodyBytes: 20),
        ["BadInput/054-audio-errors/input/a/media/ton.mp3"] = () => AudioSamples.Mp3(4, kbps: 32),
        ["BadInput/054-audio-errors/input/a/media/ogg-als.mp3"] = () => AudioSamples.Ogg(AudioSamples.OpusHead(0), [48_000], bodyBytes: 20),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_shipped_file_is_the_sample_made_here(string file)
    {
        var path = Path.Combine(Fixtures, file);
        var made = Samples[file]();
        if (Environment.GetEnvironmentVariable(HtmlSnapshot.AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, made);
        }

        Assert.True(File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(made),
            $"{file} is not the sample AudioFixtureFilesTests makes; run the tests with {HtmlSnapshot.AcceptVariable}=1 to write it");
    }
}
