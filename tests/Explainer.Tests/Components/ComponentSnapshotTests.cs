using Explainer.Tests.Snapshots;

namespace Explainer.Tests.Components;

/// <summary>A snapshot of each component as the default theme renders it from the fixture's data.</summary>
public sealed class ComponentSnapshotTests(ComponentSite site) : IClassFixture<ComponentSite>
{
    [Fact]
    public void The_fixture_builds_without_errors() => Assert.Empty(site.Result.Diagnostics);

    [Fact]
    public Task Timeline() => HtmlSnapshot.VerifyAsync(site.Section("timeline"));

    [Fact]
    public Task Perspectives_box() => HtmlSnapshot.VerifyAsync(site.Section("perspectives"));

    [Fact]
    public Task Quotes_by_speaker() => HtmlSnapshot.VerifyAsync(site.Section("quotes"));

    [Fact]
    public Task Annotated_quote_in_another_language() => HtmlSnapshot.VerifyAsync(site.Section("quote-verrons"));

    [Fact]
    public Task Scene() => HtmlSnapshot.VerifyAsync(site.Section("scene-steps"));

    [Fact]
    public Task Image_figure() => HtmlSnapshot.VerifyAsync(site.Section("figure-photo"));

    [Fact]
    public Task Video_with_poster_and_captions() => HtmlSnapshot.VerifyAsync(site.Section("figure-clip"));

    [Fact]
    public Task Third_party_video_placeholder() => HtmlSnapshot.VerifyAsync(site.Section("figure-interview"));

    [Fact]
    public Task Audio_with_poster_and_a_webvtt_transcript() => HtmlSnapshot.VerifyAsync(site.Section("figure-interview-audio"));

    [Fact]
    public Task Audio_with_a_transcript_written_inline() => HtmlSnapshot.VerifyAsync(site.Section("figure-jingle"));

    [Fact]
    public Task Paragraph_with_a_linked_quote() => HtmlSnapshot.VerifyAsync(site.Section("p-budget"));
}
