using System.Diagnostics;
using Explainer.Components.Media.Audio;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components.Audio;

/// <summary>
/// The length readers on files an encoder wrote: ffmpeg encodes 3.5 s of a tone (made by ffmpeg
/// too) into each container, with the headers encoders really write (LAME's Info and Xing, an MP4
/// with its <c>moov</c> after the data, Opus's pre-skip). Skipped, saying so, without ffmpeg
/// (<c>apt-get install ffmpeg</c>; .ci/run installs it).
/// </summary>
public sealed class RealEncoderTests : IDisposable
{
    private const double Seconds = 3.5;

    /// <summary>How far an encoder's file may be from the tone's length: a frame of padding (an AAC frame is 23 ms, an MP3 frame 26 ms).</summary>
    private const double Tolerance = 0.06;

    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("cbr.mp3", "-c:a libmp3lame -b:a 64k", AudioContainer.Mp3)]
    [InlineData("cbr-no-info.mp3", "-c:a libmp3lame -b:a 96k -write_xing 0", AudioContainer.Mp3)]
    [InlineData("vbr.mp3", "-c:a libmp3lame -q:a 4", AudioContainer.Mp3)]
    [InlineData("tagged.mp3", "-c:a libmp3lame -q:a 6 -metadata title=Test -id3v2_version 3 -write_id3v1 1", AudioContainer.Mp3)]
    [InlineData("aac.m4a", "-c:a aac -b:a 64k", AudioContainer.Mp4)]
    [InlineData("faststart.m4a", "-c:a aac -b:a 64k -movflags +faststart", AudioContainer.Mp4)]
    [InlineData("vorbis.ogg", "-c:a libvorbis -q:a 2", AudioContainer.Ogg)]
    [InlineData("opus.opus", "-c:a libopus -b:a 32k", AudioContainer.Ogg)]
    [InlineData("opus-in.ogg", "-c:a libopus -b:a 24k", AudioContainer.Ogg)]
    public void The_length_of_an_encoded_file_is_the_length_encoded(string name, string codec, AudioContainer container)
    {
        var ffmpeg = Program("ffmpeg");
        var path = _folder.Combine(name);
        Run(ffmpeg, $"-loglevel error -y -f lavfi -i sine=frequency=440:sample_rate=44100:duration={Seconds} -ac 2 {codec} {path}");

        var (found, length) = AudioLength.Read(path);

        Assert.Equal(container, found);
        Assert.True(Math.Abs(length.TotalSeconds - Seconds) <= Tolerance, $"{name}: {length.TotalSeconds:F3} s, not {Seconds} s");
    }

    public void Dispose() => _folder.Dispose();

    private static string Program(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
        Assert.SkipWhen(path is null, $"{name} is not installed (apt-get install {name}): the readers are tested on files made by hand only");
        return path!;
    }

    private static void Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {arguments}: {errors}");
    }
}
