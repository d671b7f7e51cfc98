using Explainer.Import;

namespace Explainer.Tests.Import;

public class PerspectiveDrafterTests
{
    [Fact]
    public void Marked_views_without_an_announcement_still_make_a_perspective()
    {
        const string text = """
            Der Besuch wirft Fragen auf.

            Erstens ist Russland isoliert. Die Gegenmeinung ist, dass Moskau viele Partner hat.

            Andere wiederum sehen darin einen kalkulierten Schachzug.

            Danach folgte das Bankett.
            """;

        var perspective = Assert.Single(ImportTestKit.Draft(text, "de").Perspectives);

        Assert.Null(perspective.Source);
        Assert.StartsWith("TODO", perspective.Question, StringComparison.Ordinal);
        Assert.Equal(3, perspective.Views.Count);
        Assert.Equal("Viele Partner", perspective.Views[1].Label);
        Assert.Equal("Kalkulierten Schachzug", perspective.Views[2].Label);
        Assert.Equal(["p-andere-wiederum-sehen-darin-einen-kalkulierten"], perspective.Views[2].Evidence);
    }

    [Fact]
    public void A_single_marked_sentence_is_no_perspective()
    {
        Assert.Empty(ImportTestKit.Draft("Erstens regnet es.\n\nDann scheint die Sonne.", "de").Perspectives);
    }

    [Fact]
    public void An_announcement_without_markers_takes_the_next_paragraphs()
    {
        const string text = """
            There are three competing explanations of the visit.

            Russia needs shells for the war.

            Pyongyang wants technology.

            Both want to annoy Washington.

            The visit lasted two days.
            """;

        var perspective = Assert.Single(ImportTestKit.Draft(text, "en").Perspectives);

        Assert.Equal("There are three competing explanations of the visit.", perspective.Question);
        Assert.Equal(["Russia needs shells for the war.", "Pyongyang wants technology.", "Both want to annoy Washington."], perspective.Views.Select(v => v.Summary));
    }

    [Fact]
    public void A_view_paragraph_with_a_quote_cites_the_quote_as_evidence()
    {
        const string text = """
            On why he went, there are two views.

            First, he had no choice. “We were cornered,” said Ann Lee.

            Others argue that he had many options.
            """;

        var draft = ImportTestKit.Draft(text, "en");

        var first = Assert.Single(draft.Perspectives).Views[0];
        Assert.Equal(["p-first-he-had-no-choice-we", "we-were-cornered"], first.Evidence);
    }
}
