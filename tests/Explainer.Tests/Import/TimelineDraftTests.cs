using Explainer.Build;
using Explainer.Import;
using Explainer.Tests.Support;

namespace Explainer.Tests.Import;

public class TimelineDraftTests
{
    private const string German = """
        Von Anna Beispiel, 19. Juni 2024

        Das Amt hat am Montag mitgeteilt, dass die Brücke ab Montag gesperrt wird. Die Arbeiten hatten im Oktober begonnen.

        Im Oktober soll es losgehen. Seit 2019 gibt es Streit, es kamen 2000 Menschen, jeden Dienstag um 14 Uhr, drei Jahre lang.

        Vom 1. bis 15. Juli ist die Straße zu.
        """;

    [Fact]
    public void Dates_become_events_in_date_order_with_the_byline_date_as_anchor()
    {
        var draft = ImportTestKit.Draft(German, "de");

        Assert.Equal(["2019", "2023-10", "2024-06-17", "2024-06-24", "2024-07-01", "2024-10"], draft.Events.Select(e => e.Date));
        Assert.Equal("2024-07-15", draft.Events.Single(e => e.Date == "2024-07-01").End);
        var october = draft.Events.Single(e => e.Date == "2023-10");
        Assert.Equal("Die Arbeiten hatten im Oktober begonnen.", october.Text);
        Assert.Equal("Die Arbeiten hatten im Oktober begonnen", october.Title);
        Assert.Equal("p-das-amt-hat-am-montag-mitgeteilt", october.Block);
        Assert.Equal("Montag", draft.Events.Single(e => e.Date == "2024-06-17").Title);
        Assert.Equal(draft.Events.Count, draft.Events.Select(e => e.Id).Concat(draft.Paragraphs.Select(p => p.Id!)).Distinct().Count() - draft.Paragraphs.Count());
    }

    [Fact]
    public void The_publication_date_given_wins_over_the_byline_and_is_its_local_date()
    {
        // 23:30 at −04:00 is already the 20th in UTC, but the paper meant Wednesday the 19th.
        var published = DateTimeOffset.Parse("2024-06-19T23:30:00-04:00", System.Globalization.CultureInfo.InvariantCulture);
        var draft = ArticleImporter.Import("The council met today.", SourceFormat.PlainText, ImportLanguages.Find("en")!, DateOnly.FromDateTime(published.DateTime));

        Assert.Equal(["2024-06-19"], draft.Events.Select(e => e.Date));
    }

    [Fact]
    public void A_title_drops_the_quotation_marks_around_it() =>
        Assert.Equal("seit 2019", Assert.Single(ImportTestKit.Draft("„“ seit 2019", "de").Events).Title);

    [Fact]
    public void An_anchor_at_the_end_of_the_calendar_drafts_no_relative_date() =>
        Assert.Empty(ArticleImporter.Import("Morgen kommt der Rat.", SourceFormat.PlainText, ImportLanguages.Find("de")!, new DateOnly(9999, 12, 31)).Events);

    [Fact]
    public void Without_an_anchor_only_dates_with_a_year_are_drafted() =>
        Assert.Equal(["2019-03"], ImportTestKit.Draft("The council met on Tuesday, as it did in March 2019.", "en").Events.Select(e => e.Date));

    [Fact]
    public async Task A_text_with_dates_drafts_a_timeline_that_builds()
    {
        using var temp = new TempFolder();
        var source = temp.Write("story.txt", German);
        var input = temp.Combine("input");

        var result = ExplainerImporter.Run(new ImportRequest(source, "story", input, "de"));
        var yaml = File.ReadAllText(Path.Combine(input, "story", "explainer.yml"));
        var build = await new SiteBuilder().BuildAsync(new BuildOptions(input, temp.Combine("_site"), Repository.Theme), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("  - id: seit-2019-gibt-es-streit\n    date: \"2019\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    end: \"2024-07-15\"\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-06-19", yaml, StringComparison.Ordinal);
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        var html = File.ReadAllText(temp.Combine("_site", "story", "index.html"));
        Assert.Contains("Die Arbeiten hatten im Oktober begonnen", html, StringComparison.Ordinal);
    }
}
