using Explainer.Import;
using Explainer.Tests.Support;

namespace Explainer.Tests.Import;

public class SeedImportTests
{
    private static readonly string[] Lines = File.ReadAllLines(Repository.Seed);
    private static readonly ImportDraft Draft = ImportTestKit.Draft(File.ReadAllText(Repository.Seed), "de");

    [Fact]
    public void Every_line_becomes_a_paragraph_whose_text_reads_back_verbatim()
    {
        var article = ImportTestKit.ReadBack(Draft);

        Assert.Equal(Lines, article.Blocks.Select(b => b.Text));
        Assert.All(article.Blocks, b => Assert.Equal("paragraph", b.Kind));
        Assert.Equal(Draft.Paragraphs.Select(p => p.Id), article.Blocks.Select(b => b.Id));
        Assert.Equal("p-putin-ist-wuetend-meint-chris-monday", article.Blocks[3].Id);
    }

    [Fact]
    public void The_front_matter_has_a_shortened_title_and_the_language()
    {
        var article = ImportTestKit.ReadBack(Draft);

        Assert.Equal("Zu der Frage, warum sich Wladimir Putin in Nordkorea aufhält …", article.FrontMatter.Title);
        Assert.Equal("de", article.FrontMatter.Language);
        Assert.Contains("# published: 2024-06-19T12:00:00+02:00", ArticleMarkdownWriter.Write(Draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_the_six_speech_quotes_are_found_with_their_speakers()
    {
        var found = Draft.Quotes.Select(q => (q.Text, q.Speaker, q.Blocks.Count)).ToList();

        Assert.Equal(
        [
            ("Putin ist wütend", "chris-monday", 1),
            ("Er hat das Gefühl, dass der Westen aus seiner Sicht viele rote Linien überschritten hat, und er will dem ein Ende setzen.", "chris-monday", 1),
            ("Die Leute hier sind sehr besorgt", "chris-monday", 1),
            ("Es gibt zum Beispiel immer mehr Gespräche über die Entwicklung einer südkoreanischen Atomwaffe.\n\nVor einem Jahr schien das unmöglich, aber jetzt reden die Leute darüber.", "chris-monday", 2),
            ("So hat man Putin noch nie empfangen", "boulevardzeitung", 1),
            ("Um Wladimir Wladimirowitsch zu treffen, versammelten sie fast die halbe Hauptstadt", "boulevardzeitung", 1),
        ],
        found);
    }

    [Fact]
    public void Quote_ids_come_from_the_first_words_and_blocks_from_the_paragraphs()
    {
        Assert.Equal("putin-ist-wuetend", Draft.Quote("Putin ist").Id);
        Assert.Equal(["p-putin-ist-wuetend-meint-chris-monday"], Draft.Quote("Putin ist").Blocks);
        Assert.Equal(["p-es-gibt-zum-beispiel-immer-mehr", "p-vor-einem-jahr-schien-das-unmoeglich"], Draft.Quote("Es gibt").Blocks);
    }

    [Fact]
    public void Continued_quotes_say_where_their_speaker_comes_from()
    {
        Assert.Null(Draft.Quote("Putin ist").Note);
        Assert.Contains("putin-ist-wuetend", Draft.Quote("Er hat das Gefühl").Note, StringComparison.Ordinal);
        Assert.Contains("die-leute-hier-sind-sehr-besorgt", Draft.Quote("Es gibt").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_three_quoted_terms_are_terms_not_quotes()
    {
        Assert.Equal(["umfassende strategische Partnerschaftspakt", "Aggression", "Entwicklung"], Draft.Terms.Select(t => t.Text));
    }

    [Fact]
    public void People_are_the_professor_with_role_and_alias_and_the_tabloid()
    {
        Assert.Equal(["chris-monday", "boulevardzeitung"], Draft.People.Select(p => p.Id));
        var monday = Draft.Person("chris-monday");
        Assert.Equal("Chris Monday", monday.Name);
        Assert.Equal("außerordentlicher Professor an der Dongseo-Universität in Busan", monday.Role);
        Assert.Equal(["Herr Monday"], monday.Aliases);

        var tabloid = Draft.Person("boulevardzeitung");
        Assert.Equal("Boulevardzeitung", tabloid.Name);
        Assert.Null(tabloid.Role);
        Assert.Equal(["der Artikel"], tabloid.Aliases);
        Assert.Contains("die Schlagzeile einer Boulevardzeitung", tabloid.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_video_line_becomes_a_draft_video()
    {
        var video = Assert.Single(Draft.Media);

        Assert.Equal(new DraftMedia("video-herrn-kims-zeremonieller-empfang", "video", "Herrn Kims zeremonieller Empfang für Herrn Putin …", "p-sehen-sie-herrn-kims-zeremonieller-empfang"), video);
    }

    [Fact]
    public void The_two_views_paragraph_gives_a_perspective_with_three_views()
    {
        var perspective = Assert.Single(Draft.Perspectives);

        Assert.Equal("warum", perspective.Id);
        Assert.Equal("Warum sich Wladimir Putin in Nordkorea aufhält?", perspective.Question);
        Assert.Equal(Lines[0], perspective.Source);
        Assert.Equal(["keine-andere-wahl", "viele-optionen", "kalkulierter-schachzug"], perspective.Views.Select(v => v.Id));
        Assert.Equal(["Keine andere Wahl", "Viele Optionen", "Kalkulierter Schachzug"], perspective.Views.Select(v => v.Label));
        Assert.Equal("Erstens hat Russland im Moment keine andere Wahl.", perspective.Views[0].Summary);
        Assert.Equal(
            [["p-erstens-hat-russland-im-moment-keine"], ["p-die-gegenmeinung-ist-dass-russland-derzeit"], ["p-die-gegenmeinung-ist-dass-russland-derzeit"]],
            perspective.Views.Select(v => v.Evidence));
    }
}
