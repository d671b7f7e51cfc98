using AngleSharp.Html.Parser;

namespace Explainer.Tests.Components.Audio;

/// <summary>The component fixture's two audios as the build writes them: the files, the figure, its embed page.</summary>
public sealed class AudioBuildTests(ComponentSite site) : IClassFixture<ComponentSite>
{
    [Fact]
    public void The_audio_file_is_copied_as_it_is_and_the_transcript_file_is_printed_not_copied()
    {
        var source = Path.Combine(ComponentSite.Input, "components", "media", "interview.mp3");
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(site.Output, "components", "media", "interview.mp3")));
        Assert.True(File.Exists(Path.Combine(site.Output, "components", "media", "jingle.opus")));
        Assert.False(File.Exists(Path.Combine(site.Output, "components", "media", "interview.vtt")));
        Assert.False(File.Exists(Path.Combine(site.Output, "components", "media", "cover.png")), "the poster is resized, as images are");
    }

    [Fact]
    public void The_player_loads_nothing_until_asked_and_its_length_is_in_the_caption()
    {
        var figure = site.Document.GetElementById("figure-interview-audio")!;
        var audio = figure.QuerySelector("audio")!;
        Assert.Equal("none", audio.GetAttribute("preload"));
        Assert.True(audio.HasAttribute("controls"));
        Assert.Equal("/components/media/interview.mp3", audio.GetAttribute("src"));

        var length = figure.QuerySelector("figcaption time")!;
        Assert.Equal(("PT2M5S", "2:05"), (length.GetAttribute("datetime"), length.TextContent));
        Assert.Equal("", figure.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void The_transcript_follows_the_player_in_a_details_with_its_summary_in_the_pages_language()
    {
        var details = site.Document.QuerySelector("#figure-interview-audio audio + details.transcript")!;
        Assert.Equal("Transcript", details.QuerySelector("summary")!.TextContent);
        Assert.Equal(
            ["Dana Example: The budget is gone, and we cannot wait any longer.", "Max Mayor: We shall see & decide. Next week.", "After the break, the council voted."],
            details.QuerySelectorAll("p").Select(p => p.TextContent).ToArray());
    }

    [Fact]
    public void The_audio_is_embeddable_like_any_figure()
    {
        var embed = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "components", "embed", "figure-jingle", "index.html")));
        Assert.Equal("/components/media/jingle.opus", embed.QuerySelector("figure#figure-jingle audio")!.GetAttribute("src"));
        Assert.Contains("Music again.", embed.QuerySelector("figure#figure-jingle details.transcript")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0:03", embed.QuerySelector("figure#figure-jingle time")!.TextContent);
    }
}
