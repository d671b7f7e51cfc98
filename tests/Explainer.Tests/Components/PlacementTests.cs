using Explainer.Components;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Yaml;

namespace Explainer.Tests.Components;

/// <summary>Where the article places a component, and what follows it when it does not.</summary>
public sealed class PlacementTests
{
    private static ExplainerBody Lay(string body, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var article = Article.Parse("a", "a/article.md", "a/article.md", "---\ntitle: T\n---\n" + body, diagnostics)!;
        var data = yaml.Length == 0 ? ExplainerData.Empty : ExplainerData.Read(YamlSource.LoadMap(yaml, "a/explainer.yml", diagnostics)!);
        ReferenceChecker.Check(article, data, "a/article.md", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        var strings = new Explainer.Templates.UiText("en", "en.yml", new Dictionary<string, string> { ["timeline"] = "Timeline", ["quotes"] = "Quotes", ["quote_annotation"] = "Annotation", ["quote_in_text"] = "In the text", ["evidence_quote"] = "Quote", ["evidence_paragraph"] = "Paragraph", ["colon"] = ":" });
        return ExplainerBody.Build(new ExplainerContext(article, data, "en", strings, new Dictionary<string, Explainer.Components.Media.MediaRendition>()), new HashSet<string>());
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("quotes")]
    public void A_component_placed_where_it_has_nothing_to_show_writes_nothing(string name)
    {
        var body = Lay($"Before.\n\n::: {{.{name}}}\n:::\n\nAfter.\n", string.Empty);

        Assert.Equal(["html", "html", "html"], body.Items.Select(i => i.Kind));
        Assert.Equal(BodyItem.Nothing, body.Items[1]);
        Assert.Empty(body.After);
    }

    [Fact]
    public void What_the_article_does_not_place_follows_it_in_page_order()
    {
        var body = Lay(
            "Said: »Yes.« {#p1}\n",
            "timeline:\n  - {id: t1, date: 2024, title: T}\npeople:\n  - {id: ann, name: Ann}\nquotes:\n  - {id: q1, text: Yes., speaker: ann, blocks: [p1]}\n" +
            "perspectives:\n  - id: why\n    question: Why?\n    views:\n      - {id: v1, label: A, summary: S, evidence: [p1]}\n      - {id: v2, label: B, summary: S, evidence: [q1]}\n");

        Assert.Equal(["timeline", "perspectives", "quotes"], body.After.Select(i => i.Kind));
        Assert.Equal(["timeline", "perspectives", "quote-q1"], body.Sections.Select(s => s.Id));
    }

    [Fact]
    public void A_placed_component_is_not_shown_again_after_the_article()
    {
        var body = Lay(
            "::: {.timeline}\n:::\n\n::: {.perspectives #why}\n:::\n\nText. {#p1}\n",
            "timeline:\n  - {id: t1, date: 2024, title: T}\n" +
            "perspectives:\n  - id: why\n    question: Why?\n    views:\n      - {id: v1, label: A, summary: S, evidence: [p1]}\n      - {id: v2, label: B, summary: S, evidence: [p1]}\n");

        Assert.Equal(["timeline", "perspectives", "html"], body.Items.Select(i => i.Kind));
        Assert.Empty(body.After);
    }
}
