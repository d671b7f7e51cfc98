using Explainer.Components;
using Explainer.Components.Scenes;
using Explainer.Components.Timeline;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Tests.Components.Scenes;

public class SceneModelTests
{
    private static SceneView Build(string body, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var article = Article.Parse("a", "a/article.md", "a/article.md", "---\ntitle: T\n---\n" + body, diagnostics)!;
        var data = ExplainerData.Read(YamlSource.LoadMap(yaml, "a/explainer.yml", diagnostics)!);
        ReferenceChecker.Check(article, data, "a/article.md", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        var strings = Explainer.Pages.UiStrings.Load(Explainer.Tests.Support.Repository.Theme, p => p, diagnostics).For("en");
        var renditions = new Dictionary<string, Explainer.Components.Media.MediaRendition>
        {
            ["bild"] = new("a/media/bild.jpg", [(640, "a/media/bild-640.jpg"), (1280, "a/media/bild-1280.jpg")], 1600, 900),
        };
        var context = new ExplainerContext(article, data, "en", strings, renditions);
        var div = article.Blocks.Single(b => b.Kind == "div");
        return SceneView.Build(data.Of<Scene>()[0], div, context, b => b.Id);
    }

    [Fact]
    public void Consecutive_steps_with_the_same_state_share_one_printed_state()
    {
        var scene = Build(
            "::: {.scene #sc}\nOne {#aa}\n\nTwo {#bb}\n\nThree {#cc}\n:::\n",
            "timeline:\n  - {id: ev-x, date: 2020, title: X}\n  - {id: ev-y, date: 2021, title: Y}\nscenes:\n  - id: sc\n    steps:\n      - {block: aa, show: {timeline: ev-x}}\n      - {block: bb, show: {timeline: ev-x}}\n      - {block: cc, show: {timeline: ev-y}}\n");

        Assert.Equal(2, scene.States.Count);
        Assert.Equal([["aa", "bb"], ["cc"]], scene.Groups.Select(g => g.Steps.Select(s => s.BlockId).ToArray()).ToArray());
        Assert.Equal("scene-sc", scene.SectionId);
    }

    [Fact]
    public void A_block_in_the_scene_that_is_no_step_keeps_the_state_before_it()
    {
        var scene = Build(
            "::: {.scene #sc}\nOne {#aa}\n\nAside {#aside}\n\nTwo {#bb}\n:::\n",
            "timeline:\n  - {id: ev-x, date: 2020, title: X}\n  - {id: ev-y, date: 2021, title: Y}\nscenes:\n  - id: sc\n    steps:\n      - {block: aa, show: {timeline: ev-x}}\n      - {block: bb, show: {timeline: ev-y}}\n");

        Assert.Equal([["aa", "aside"], ["bb"]], scene.Groups.Select(g => g.Steps.Select(s => s.BlockId).ToArray()).ToArray());
        Assert.Equal([0, 0, 1], scene.Groups.SelectMany(g => g.Steps).Select(s => s.State));
    }

    [Fact]
    public void A_state_shown_again_later_is_the_same_state()
    {
        var scene = Build(
            "::: {.scene #sc}\nOne {#aa}\n\nTwo {#bb}\n\nThree {#cc}\n:::\n",
            "timeline:\n  - {id: ev-x, date: 2020, title: X}\n  - {id: ev-y, date: 2021, title: Y}\nscenes:\n  - id: sc\n    steps:\n      - {block: aa, show: {timeline: ev-x}}\n      - {block: bb, show: {timeline: ev-y}}\n      - {block: cc, show: {timeline: ev-x}}\n");

        Assert.Equal(2, scene.States.Count);
        Assert.Equal([0, 1, 0], scene.Groups.Select(g => g.State.Index));
    }

    [Fact]
    public void Steps_that_show_one_map_share_one_graphic_with_a_view_each_and_print_each_view()
    {
        var scene = Build(
            "::: {.scene #sc}\nOne {#aa}\n\nTwo {#bb}\n\nThree {#cc}\n:::\n",
            "media:\n  - id: karte\n    type: map\n    places:\n      - {id: moskau, name: Moskau, lat: 55.75, lon: 37.62}\n      - {id: busan, name: Busan, lat: 35.18, lon: 129.08}\n"
            + "scenes:\n  - id: sc\n    steps:\n      - {block: aa, show: {map: karte}}\n      - {block: bb, show: {map: karte, focus: busan}}\n"
            + "      - {block: cc, show: {map: karte, focus: [124, 33, 132, 43]}}\n");

        var graphic = Assert.Single(scene.Graphics);
        Assert.Equal("0 1 2", graphic.States);
        Assert.Equal(3, graphic.Views!.Split(';').Length);
        Assert.StartsWith("1 320 ", graphic.Views, StringComparison.Ordinal);
        Assert.Null(((MapStateView)graphic.Model).Svg);
        Assert.All(scene.States, s => Assert.Contains("<svg class=\"map\"", ((MapStateView)s.Model).Svg!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_that_show_timeline_events_share_one_graphic_that_moves_its_focus_and_each_printed_state_has_its_own_axis()
    {
        var scene = Build(
            "::: {.scene #sc}\nOne {#aa}\n\nEins, sagt er. {#bb}\n\nThree {#cc}\n:::\n",
            "timeline:\n  - {id: ev-x, date: 2020, title: X}\n  - {id: ev-y, date: 2021-05, title: Y, text: Why}\n"
            + "people:\n  - {id: wer, name: Wer}\nquotes:\n  - {id: zitat, text: Eins, blocks: [bb], speaker: wer}\n"
            + "scenes:\n  - id: sc\n    steps:\n      - {block: aa, show: {timeline: ev-y}}\n      - {block: bb, show: {quote: zitat}}\n      - {block: cc, show: {timeline: ev-x}}\n");

        Assert.Equal(2, scene.Graphics.Count);
        var axis = scene.Graphics[0];
        Assert.Equal(("0 2", "timeline", "ev-y ev-x"), (axis.States, axis.Kind, axis.Focus));
        var model = (TimelineStateView)axis.Model;
        Assert.Equal(["ev-y", "ev-x"], model.Events.Select(e => e.Key));
        Assert.Equal([true, false], model.Events.Select(e => e.IsFocus));
        Assert.Equal(TimelineStateView.CopiedAxis, model.Axis);
        Assert.Contains("data-copy=\"#timeline .timeline-axis\"", model.Axis.Value, StringComparison.Ordinal);
        Assert.Equal(("1", null), (scene.Graphics[1].States, scene.Graphics[1].Focus));

        var printed = scene.States.Where(s => s.Kind == "timeline").Select(s => (TimelineStateView)s.Model).ToList();
        Assert.Equal(["ev-y", "ev-x"], printed.Select(p => Assert.Single(p.Events).Key));
        Assert.All(printed, p => Assert.Contains($"class=\"is-focus\" data-id=\"{p.Events[0].Key}\"", p.Axis.Value, StringComparison.Ordinal));
        Assert.All(printed, p => Assert.Contains("timeline-axis--compact", p.Axis.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_that_zoom_into_one_image_share_one_graphic_with_a_view_and_sizes_each_and_print_each_region()
    {
        var scene = Build(
            "::: {.scene #sc}\nOne {#aa}\n\nTwo {#bb}\n\nThree {#cc}\n:::\n",
            "media:\n  - {id: bild, type: image, src: media/bild.jpg, alt: Ein Bild}\n"
            + "scenes:\n  - id: sc\n    steps:\n      - {block: aa, show: {media: bild}}\n      - {block: bb, show: {media: bild, focus: [50, 50, 25, 25]}}\n"
            + "      - {block: cc, show: {media: bild, focus: [0, 0, 10, 50]}}\n");

        var graphic = Assert.Single(scene.Graphics);
        Assert.Equal("0 1 2", graphic.States);
        Assert.Equal("1 50 50;4 62.5 62.5;2 25 25", graphic.Views);
        Assert.Equal(
            "(min-width: 40rem) 38rem, 100vw;(min-width: 40rem) calc(38rem * 4), calc(100vw * 4);(min-width: 40rem) calc(38rem * 2), calc(100vw * 2)",
            graphic.Sizes);
        Assert.Equal(
            ["--k:1;--fx:50;--fy:50", "--k:4;--fx:62.5;--fy:62.5", "--k:2;--fx:25;--fy:25"],
            scene.States.Select(s => ((Explainer.Components.Media.MediaView)s.Model).FocusStyle));
    }

    [Fact]
    public void A_quote_step_with_a_highlight_is_a_state_of_its_own_with_the_words_marked_and_escaped()
    {
        var scene = Build(
            "::: {.scene #sc}\n„A <b> & c“, sagt P. {#aa}\n\nTwo {#bb}\n:::\n",
            "people:\n  - {id: pp, name: P}\nquotes:\n  - {id: qq, text: \"A <b> & c\", blocks: [aa], speaker: pp}\n"
            + "scenes:\n  - id: sc\n    steps:\n      - {block: aa, show: {quote: qq}}\n      - {block: bb, show: {quote: qq, highlight: \"<b> &\"}}\n");

        Assert.Equal(2, scene.States.Count);
        var marked = Assert.IsType<HighlightedQuoteView>(scene.States[1].Model);
        Assert.Equal("“A <mark>&lt;b&gt; &amp;</mark> c”", Assert.Single(marked.Paragraphs).Value);
    }
}
