using Explainer.Components.Media.Audio;

namespace Explainer.Tests.Components.Audio;

/// <summary>Transcripts as plain text (inline or .txt) and as WebVTT: paragraphs, speakers, what is dropped, what is an error.</summary>
public sealed class TranscriptTests
{
    private static string[] Texts(IReadOnlyList<TranscriptParagraph> paragraphs) =>
        paragraphs.Select(p => (p.Speaker is null ? string.Empty : p.Speaker + ": ") + string.Join(" / ", p.Lines)).ToArray();

    [Fact]
    public void Plain_text_keeps_its_paragraphs_and_line_breaks()
    {
        var paragraphs = Transcript.FromText("Anna: Guten Tag.\r\nBernd: Tag.\n\n\n  Dann sprach Anna weiter.  \n");

        Assert.Equal(["Anna: Guten Tag. / Bernd: Tag.", "Dann sprach Anna weiter."], Texts(paragraphs));
        Assert.All(paragraphs, p => Assert.Null(p.Speaker));
        Assert.Empty(Transcript.FromText(" \n\n \n"));
    }

    [Theory]
    [InlineData("media/interview.vtt", true)]
    [InlineData("Interview 1.TXT", true)]
    [InlineData("transcript.txt", true)]
    [InlineData("Wir sprechen über die Datei notes.txt\nund mehr.", false)]
    [InlineData("Guten Tag.", false)]
    public void A_value_ending_in_txt_or_vtt_on_one_line_names_a_file(string value, bool isFile) =>
        Assert.Equal(isFile, Transcript.NamesFile(value));

    [Theory]
    [InlineData("media/interview.srt", true)]
    [InlineData("transcript.docx", true)]
    [InlineData("interview.sbv", true)]
    [InlineData("Ja.", false)]
    [InlineData("Ja, gut.", false)]
    [InlineData("1.5", false)]
    [InlineData("media/interview.vtt", false)]
    public void A_word_with_another_extension_looks_like_a_file_the_tool_does_not_read(string value, bool looksLikeFile) =>
        Assert.Equal(looksLikeFile, Transcript.LooksLikeAnotherFile(value));

    [Fact]
    public void Webvtt_cues_become_text_without_timings_and_a_pause_starts_a_paragraph()
    {
        var paragraphs = WebVtt.Read("""
            WEBVTT - Interview

            NOTE Rough cut,
            checked by the desk.

            STYLE
            ::cue { color: yellow }

            1
            00:00.000 --> 00:02.500 align:start
            Guten Tag,
            und willkommen.

            00:02.600 --> 00:04.000
            Heute geht es um <i>Pjöngjang</i> &amp; Moskau.

            01:00:07.000 --> 01:00:09.000
            Nach der Pause.
            """);

        Assert.Equal(["Guten Tag, und willkommen. Heute geht es um Pjöngjang & Moskau.", "Nach der Pause."], Texts(paragraphs));
    }

    [Fact]
    public void A_change_of_voice_starts_a_paragraph_with_the_speakers_name_once()
    {
        var paragraphs = WebVtt.Read(
            "\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n<v Anna Beispiel>Guten Tag.</v>\r\n\r\n" +
            "00:02.000 --> 00:03.000\r\n<v.loud Bernd>Tag!\r\n\r\n" +
            "00:03.000 --> 00:04.000\r\nWie geht es?\r\n\r\n" +
            "00:09.000 --> 00:10.000\r\n<v Bernd>Gut, <c.yellow>danke</c>, <00:09.500>sehr gut.\r\n\r\n" +
            "00:10.000 --> 00:11.000\r\n<v Anna Beispiel>Schön.\r\n\r\n" +
            "00:11.000 --> 00:12.000\r\n<i></i>\r\n");

        Assert.Equal(["Anna Beispiel: Guten Tag.", "Bernd: Tag! Wie geht es?", "Gut, danke, sehr gut.", "Anna Beispiel: Schön."], Texts(paragraphs));
    }

    [Fact]
    public void A_file_with_no_cue_has_no_paragraph() =>
        Assert.Empty(WebVtt.Read("WEBVTT\n\nNOTE nothing yet\n"));

    [Theory]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nAn SRT file.\n", 1, "does not begin with the line WEBVTT")]
    [InlineData("WEBVTTX\n", 1, "does not begin with the line WEBVTT")]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nGood.\n\nJust a line of text.\n", 6, "this block is no cue")]
    [InlineData("WEBVTT\n\nname\n00:01 --> 00:02\nNo milliseconds.\n", 3, "this block is no cue")]
    public void A_file_that_is_not_webvtt_or_a_block_that_is_no_cue_is_an_error_at_its_line(string text, int line, string message)
    {
        var error = Assert.Throws<WebVttException>(() => WebVtt.Read(text));

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
