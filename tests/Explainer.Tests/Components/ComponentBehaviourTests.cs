using AngleSharp.Dom;

namespace Explainer.Tests.Components;

/// <summary>What the components promise beyond their markup's shape.</summary>
public sealed class ComponentBehaviourTests(ComponentSite site) : IClassFixture<ComponentSite>
{
    private IDocument Page => site.Document;

    [Fact]
    public void The_sticky_graphic_is_hidden_from_assistive_technology_and_inactive_states_are_inert()
    {
        var graphic = Page.QuerySelector("#scene-steps .scene__graphic")!;
        Assert.Equal("true", graphic.GetAttribute("aria-hidden"));
        var states = graphic.QuerySelectorAll(".scene__state");
        Assert.Equal(3, states.Length);
        Assert.False(states[0].HasAttribute("inert"));
        Assert.All(states.Skip(1), s => Assert.True(s.HasAttribute("inert")));
        Assert.Empty(graphic.QuerySelectorAll("a, button, input, summary, [tabindex], [id]"));
    }

    [Fact]
    public void Without_javascript_each_state_is_printed_once_before_its_steps()
    {
        var children = Page.QuerySelector("#scene-steps .scene__steps")!.Children.Select(c => c.ClassName).ToList();
        Assert.Equal(["scene__fallback", "scene__step", "scene__fallback", "scene__step", "scene__fallback", "scene__step"], children);
    }

    [Fact]
    public void Timeline_events_carry_machine_dates_and_link_to_the_paragraphs_that_mention_them()
    {
        var times = Page.QuerySelectorAll("#timeline time").Select(t => (t.GetAttribute("datetime"), t.TextContent)).ToList();
        Assert.Equal([("1901", "1901"), ("2024-05", "May 2024"), ("2024-06-19", "19–20 June 2024")], times);
        var links = Page.QuerySelectorAll("#event-meeting .timeline__mentions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#p-intro", "#p-mayor"], links);
    }

    [Fact]
    public void Quotes_in_the_text_link_to_their_annotation_without_changing_a_word()
    {
        var paragraph = Page.GetElementById("p-budget")!;
        Assert.Equal("First, “the budget is gone”, said Dana Example, treasurer of the town.", paragraph.TextContent);
        Assert.Equal("#quote-budget", paragraph.QuerySelector("a.quote-ref")!.GetAttribute("href"));
        Assert.Equal("“the budget is gone”", paragraph.QuerySelector("a.quote-ref")!.TextContent);
    }

    [Fact]
    public void A_foreign_language_quote_has_its_lang_and_its_own_quotation_marks()
    {
        var quote = Page.QuerySelector("#quote-verrons blockquote")!;
        Assert.Equal("fr", quote.GetAttribute("lang"));
        Assert.Equal("«\u202FNous verrons\u202F»", quote.TextContent.Trim());
    }

    [Fact]
    public void Every_quote_links_back_to_the_paragraph_it_stands_in_and_has_its_note_in_details()
    {
        var quote = Page.GetElementById("quote-budget")!;
        Assert.Contains(quote.QuerySelectorAll("figcaption a"), a => a.GetAttribute("href") == "#p-budget");
        Assert.Equal("The treasurer refers to the spring deficit.", quote.QuerySelector("details p")!.TextContent);
        Assert.Equal("figure", quote.LocalName);
        Assert.Equal(["blockquote", "figcaption"], quote.Children.Select(c => c.LocalName));
    }

    [Fact]
    public void Evidence_links_jump_to_the_exact_paragraphs_and_quotes()
    {
        var hrefs = Page.QuerySelectorAll("#view-money .view__evidence a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#p-budget", "#quote-budget"], hrefs);
        Assert.All(hrefs, h => Assert.NotNull(Page.GetElementById(h![1..])));
        Assert.Equal("Held by: Max Mayor", Page.QuerySelector("#view-politics .view__holder")!.TextContent);
    }

    [Fact]
    public void Images_have_responsive_variants_and_dimensions_so_nothing_shifts()
    {
        var img = Page.QuerySelector("#figure-photo img")!;
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.Equal("480", img.GetAttribute("height"));
        var srcset = img.GetAttribute("srcset")!.Split(", ").Select(s => s.Split(' ')[1]).ToList();
        Assert.Equal(["480w", "640w"], srcset);
        foreach (var url in img.GetAttribute("srcset")!.Split(", ").Select(s => s.Split(' ')[0]))
        {
            Assert.True(File.Exists(Path.Combine(site.Output, url.TrimStart('/'))), url);
        }
    }

    [Fact]
    public void A_third_party_video_loads_nothing_from_the_third_party_until_the_reader_clicks()
    {
        var figure = Page.GetElementById("figure-interview")!;
        Assert.Empty(figure.QuerySelectorAll("iframe, video, img, script, object, embed"));
        Assert.Equal("https://video.example.org/watch/123", figure.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Example Video", figure.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_file_has_its_poster_and_captions_track()
    {
        var video = Page.QuerySelector("#figure-clip video")!;
        Assert.Equal("none", video.GetAttribute("preload"));
        Assert.Equal("/components/media/clip-poster.png", video.GetAttribute("poster"));
        var track = video.QuerySelector("track")!;
        Assert.Equal("captions", track.GetAttribute("kind"));
        Assert.True(File.Exists(Path.Combine(site.Output, "components", "media", "clip.vtt")));
    }
}
