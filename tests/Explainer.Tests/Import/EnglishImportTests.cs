using Explainer.Import;

namespace Explainer.Tests.Import;

public class EnglishImportTests
{
    private const string Article = """
        There are two views on why Vladimir Putin is visiting North Korea.

        First, Russia has no other choice at the moment. Others argue that Russia has many options. Still others believe it is a calculated move to show what is possible.

        “Putin is angry,” said Chris Monday, an associate professor at Dongseo University in Busan.

        “He feels the West has crossed many red lines, and he wants to put an end to it.”

        The so-called “comprehensive strategic partnership” includes a clause on “aggression” against either party.

        “People here are very worried,” Mr Monday said.

        “There is more and more talk about a South Korean nuclear weapon.

        “A year ago that seemed impossible, but now people talk about it.”

        The deal is “a betrayal of everything the region has worked for over decades,” according to Jane Doe, a spokeswoman for the foreign ministry.

        “We will respond,” she added.

        “Nobody has ever been welcomed like this,” the headline of a British tabloid read.

        “They gathered almost half the capital,” the article went on.

        Watch: Kim's ceremonial welcome for Mr Putin
        """;

    private static readonly ImportDraft Draft = ImportTestKit.Draft(Article, "en");

    [Fact]
    public void Speech_is_found_with_its_speakers_and_terms_are_left_out()
    {
        Assert.Equal(
        [
            ("Putin is angry", "chris-monday"),
            ("He feels the West has crossed many red lines, and he wants to put an end to it.", "chris-monday"),
            ("People here are very worried", "chris-monday"),
            ("There is more and more talk about a South Korean nuclear weapon.\n\nA year ago that seemed impossible, but now people talk about it.", "chris-monday"),
            ("a betrayal of everything the region has worked for over decades", "jane-doe"),
            ("We will respond", "jane-doe"),
            ("Nobody has ever been welcomed like this", "british-tabloid"),
            ("They gathered almost half the capital", "british-tabloid"),
        ],
        Draft.Quotes.Select(q => (q.Text, q.Speaker)));
        Assert.Equal(["comprehensive strategic partnership", "aggression"], Draft.Terms.Select(t => t.Text));
    }

    [Fact]
    public void Appositions_give_roles_and_short_forms_become_aliases()
    {
        var monday = Draft.Person("chris-monday");
        Assert.Equal(("Chris Monday", "associate professor at Dongseo University in Busan"), (monday.Name, monday.Role));
        Assert.Equal(["Mr Monday"], monday.Aliases);

        var doe = Draft.Person("jane-doe");
        Assert.Equal(("Jane Doe", "spokeswoman for the foreign ministry"), (doe.Name, doe.Role));

        var tabloid = Draft.Person("british-tabloid");
        Assert.Equal("British tabloid", tabloid.Name);
        Assert.Equal(["the article"], tabloid.Aliases);
    }

    [Fact]
    public void A_multi_paragraph_quote_stands_in_both_paragraphs()
    {
        Assert.Equal(2, Draft.Quote("There is more").Blocks.Count);
        Assert.Contains("people-here-are-very-worried", Draft.Quote("There is more").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_views_give_a_perspective_with_first_others_and_still_others()
    {
        var perspective = Assert.Single(Draft.Perspectives);

        Assert.Equal(("why", "Why Vladimir Putin is visiting North Korea?"), (perspective.Id, perspective.Question));
        Assert.Equal(["No other choice", "Many options", "Calculated move"], perspective.Views.Select(v => v.Label));
        Assert.Single(perspective.Views.SelectMany(v => v.Evidence).Distinct());
    }

    [Fact]
    public void Watch_gives_a_video()
    {
        var video = Assert.Single(Draft.Media);

        Assert.Equal(("video", "Kim's ceremonial welcome for Mr Putin"), (video.Type, video.Caption));
    }

    [Fact]
    public void The_article_reads_back_verbatim()
    {
        var article = ImportTestKit.ReadBack(Draft);

        Assert.Equal(Draft.Paragraphs.Select(p => p.Text), article.Blocks.Select(b => b.Text));
        Assert.Equal("en", article.FrontMatter.Language);
    }

    [Theory]
    [InlineData("“Aggression” is a strong word, he said.")]
    [InlineData("He called it “aggression”.")]
    [InlineData("The word “partnership” appears twice.")]
    public void Words_in_quotation_marks_inside_a_sentence_are_terms(string text)
    {
        var draft = ImportTestKit.Draft(text, "en");

        Assert.Empty(draft.Quotes);
        Assert.Single(draft.Terms);
    }

    [Fact]
    public void A_quote_without_a_speaker_asks_for_one()
    {
        var draft = ImportTestKit.Draft("“This cannot go on,” some say.\n\n“Nobody knows what happens next.”", "en");

        Assert.All(draft.Quotes, q => Assert.Null(q.Speaker));
        Assert.All(draft.Quotes, q => Assert.StartsWith("TODO: who said this?", q.Note, StringComparison.Ordinal));
        Assert.Empty(draft.People);
    }
}
