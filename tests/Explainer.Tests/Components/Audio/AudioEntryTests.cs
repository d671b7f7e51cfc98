using Explainer.Components;
using Explainer.Components.Media;
using Explainer.Components.Media.Audio;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Tests.Support;
using Explainer.Yaml;

namespace Explainer.Tests.Components.Audio;

/// <summary>
/// An audio entry read from explainer.yml and checked against the files beside it, as the build
/// does: whole error lines, located where the mistake is written (fixture 054-audio-errors has the
/// rest, all at once).
/// </summary>
public sealed class AudioEntryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public AudioEntryTests() => File.WriteAllBytes(_folder.Combine("ton.mp3"), AudioSamples.Mp3(125));

    private (ExplainerData? Data, string[] Errors) Check(string entry)
    {
        var diagnostics = new DiagnosticBag();
        var article = Article.Parse("a", "a/article.md", "a/article.md", "---\ntitle: T\n---\n\n::: {.media #ton}\n:::\n", diagnostics)!;
        var data = ExplainerData.Read(YamlSource.LoadMap("media:\n  - id: ton\n    type: audio\n" + entry, "a/explainer.yml", diagnostics)!);
        ReferenceChecker.Check(article, data, "a/article.md", diagnostics, _folder.Path);
        return (data, diagnostics.ToSortedList().Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void A_good_entry_reads_its_transcript_and_length()
    {
        var (data, errors) = Check("    src: ton.mp3\n    transcript: |-\n      Erste Zeile.\n      Zweite Zeile.\n");

        Assert.Empty(errors);
        var audio = data!.Of<MediaItem>()[0].Audio!;
        Assert.Equal(new AudioSpec("ton.mp3", "Erste Zeile.\nZweite Zeile.", false, new("a/explainer.yml", 4, 10), new("a/explainer.yml", 5, 17)), audio);
        var track = AudioTracks.ReadAll(data, _folder.Path)["ton"];
        Assert.Equal(TimeSpan.FromSeconds(3), track.Length);
        Assert.Equal(["Erste Zeile.", "Zweite Zeile."], track.Transcript.Single().Lines);
    }

    [Fact]
    public void A_transcript_file_with_a_block_that_is_no_cue_is_an_error_at_that_line()
    {
        _folder.Write("ton.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nGut.\n\nNur ein Satz.\n");

        Assert.Equal(["a/ton.vtt(6,1): error XPL0004: the transcript of audio 'ton': this block is no cue: a cue is an optional name, then a line of timings such as 00:01.000 --> 00:04.000, then its text"],
            Check("    src: ton.mp3\n    transcript: ton.vtt\n").Errors);
    }

    [Fact]
    public void A_transcript_file_without_words_is_an_error_at_the_transcript()
    {
        _folder.Write("leer.txt", "\n  \n");
        _folder.Write("leer.vtt", "WEBVTT\n\nNOTE noch nichts\n");

        Assert.Equal(["a/explainer.yml(5,17): error XPL0104: the transcript file 'leer.txt' of audio 'ton' holds no words"], Check("    src: ton.mp3\n    transcript: leer.txt\n").Errors);
        Assert.Equal(["a/explainer.yml(5,17): error XPL0104: the transcript file 'leer.vtt' of audio 'ton' holds no words"], Check("    src: ton.mp3\n    transcript: leer.vtt\n").Errors);
    }

    [Fact]
    public void A_control_character_in_a_transcript_file_is_an_error_in_that_file()
    {
        _folder.Write("ton.txt", "Gut.\nEin \u0007 Zeichen.\n");

        var errors = Check("    src: ton.mp3\n    transcript: ton.txt\n").Errors;

        Assert.Single(errors);
        Assert.StartsWith("a/ton.txt(2,5): error XPL0004:", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_off_file_and_an_empty_one_are_not_audio()
    {
        File.WriteAllBytes(_folder.Combine("kurz.m4a"), AudioSamples.Mp4(1000, 5000)[..3100]);
        File.WriteAllBytes(_folder.Combine("leer.ogg"), []);

        Assert.Equal(["a/explainer.yml(4,10): error XPL0004: audio 'ton': 'kurz.m4a' is not an audio file this tool can read (MP3, M4A, Ogg Vorbis or Opus): its 'moov' box runs past the end of the file (the file is damaged or cut off)"],
            Check("    src: kurz.m4a\n    transcript: Worte.\n").Errors);
        Assert.Equal(["a/explainer.yml(4,10): error XPL0004: audio 'ton': 'leer.ogg' is not an audio file this tool can read (MP3, M4A, Ogg Vorbis or Opus): the file is empty"],
            Check("    src: leer.ogg\n    transcript: Worte.\n").Errors);
    }

    [Fact]
    public void A_missing_audio_file_is_reported_once_with_the_other_missing_files()
    {
        Assert.Equal(["a/explainer.yml(2,5): error XPL0004: media item 'ton' names the file 'fehlt.mp3', which does not exist next to explainer.yml"],
            Check("    src: fehlt.mp3\n    transcript: Worte.\n").Errors);
    }

    [Fact]
    public void An_audio_without_src_or_with_a_url_is_an_error_at_the_key()
    {
        Assert.Equal(
            [
                "a/explainer.yml(2,5): error XPL0104: missing required field 'src' in audio 'ton'",
                "a/explainer.yml(4,10): error XPL0113: audio 'ton' plays the file named by 'src' from the site itself: it takes no 'url'",
            ],
            Check("    url: https://example.org/ton\n    transcript: Worte.\n").Errors);
    }

    public void Dispose() => _folder.Dispose();
}
