using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Tests.Snapshots;
using Explainer.Tests.Support;

namespace Explainer.Tests.Build;

/// <summary>
/// A page speaks its explainer's language: a French one has French labels and dates, and a language
/// the theme has no UI strings for builds in English with a warning (XPL0117) naming the missing file.
/// </summary>
public sealed class LanguageTests
{
    private static string Fixture(string name) => Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "Languages", name);

    private static async Task<(BuildResult Result, string Page)> BuildAsync(string fixture, string slug, TempFolder temp)
    {
        var folder = Fixture(fixture);
        var result = await new SiteBuilder().BuildAsync(
            new BuildOptions(Path.Combine(folder, "input"), temp.Combine("_site"), Repository.Theme, DisplayRoot: folder),
            TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, File.ReadAllText(temp.Combine("_site", slug, "index.html")));
    }

    [Fact]
    public async Task A_French_explainer_has_French_labels_and_dates_and_no_warning()
    {
        using var temp = new TempFolder();
        var (result, page) = await BuildAsync("french", "conseil", temp);

        Assert.DoesNotContain(result.Warnings ?? [], w => w.Code == ErrorCodes.UiStringsMissing);
        Assert.Contains("Chronologie", page, StringComparison.Ordinal);
        Assert.Contains("Citations par intervenant", page, StringComparison.Ordinal);
        Assert.Contains("Publié le", page, StringComparison.Ordinal);
        Assert.Contains("19 juin 2024", page, StringComparison.Ordinal);
        Assert.Contains("1er juin 2024", page, StringComparison.Ordinal);
        Assert.Contains("Par Claire Exemple et Paul Essai", page, StringComparison.Ordinal);
        Assert.Contains("123 ans plus tard", page, StringComparison.Ordinal);
        Assert.Contains("Dans le texte\u00A0: <a", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Citation annotée\u00A0: Anne Exemple\"", page, StringComparison.Ordinal);
        foreach (var english in new[] { ">Timeline<", "Quotes by speaker", "Published <time", "June", " years later" })
        {
            Assert.DoesNotContain(english, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_French_page_matches_its_snapshot()
    {
        using var temp = new TempFolder();
        var (_, page) = await BuildAsync("french", "conseil", temp);
        await HtmlSnapshot.VerifyAsync(SeedSiteTests.WithoutFingerprint(page));
    }

    [Fact]
    public async Task A_language_without_UI_strings_builds_in_English_with_a_warning_naming_the_missing_file()
    {
        using var temp = new TempFolder();
        var (result, page) = await BuildAsync("italian", "consiglio", temp);

        var warning = Assert.Single(result.Warnings ?? [], w => w.Code == ErrorCodes.UiStringsMissing);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Matches(@"^\S*theme/i18n/it\.yml\(1,1\): warning XPL0117: no UI strings for language 'it' \(\S*theme/i18n/it\.yml\); the page's labels are in English$", warning.ToString());
        Assert.Contains(">Timeline<", page, StringComparison.Ordinal);
        Assert.Contains("Published <time", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"it\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_in_a_language_without_UI_strings_has_its_index_in_English_and_one_warning()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(Path.Combine(Fixture("italian"), "input"), "input");
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Sito di prova\nlanguage: it\n");
        // The explainer is in English, so only the site's own pages (index, 404) lack their strings.
        var article = Path.Combine(input, "consiglio", "article.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("language: it", "language: en", StringComparison.Ordinal));

        var result = await new SiteBuilder().BuildAsync(
            new BuildOptions(input, temp.Combine("_site"), Repository.Theme), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Warnings ?? [], w => w.Code == ErrorCodes.UiStringsMissing);
        Assert.EndsWith("theme/i18n/it.yml); the page's labels are in English", warning.Message, StringComparison.Ordinal);
        var index = File.ReadAllText(temp.Combine("_site", "index.html"));
        Assert.Contains("lang=\"it\"", index, StringComparison.Ordinal);
        Assert.Contains("All explainers", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", null)]
    [InlineData("fr-CH", null)]
    [InlineData("de-AT", null)]
    [InlineData("en-GB", null)]
    [InlineData("it", "it")]
    [InlineData("pt-BR", "pt")]
    public void Only_a_language_without_its_own_or_its_primary_language_strings_is_warned_of(string language, string? missingFile)
    {
        var diagnostics = new DiagnosticBag();
        var strings = UiStrings.Load(Repository.Theme, p => "theme" + p[Repository.Theme.Length..].Replace('\\', '/'), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());

        var warning = strings.MissingLanguageWarning(language);
        if (missingFile is null)
        {
            Assert.Null(warning);
            return;
        }

        Assert.NotNull(warning);
        Assert.Equal($"theme/i18n/{missingFile}.yml(1,1): warning XPL0117: no UI strings for language '{language}' (theme/i18n/{missingFile}.yml); the page's labels are in English", warning.ToString());
        Assert.Equal("Timeline", strings.For(language).Get("timeline"));
    }

    [Fact]
    public void French_strings_group_thousands_with_a_narrow_no_break_space_and_set_one_before_a_colon()
    {
        var strings = UiStrings.Load(Repository.Theme, p => p, new DiagnosticBag()).For("fr");
        Assert.Equal("\u202F", strings.Get("number_group"));
        Assert.Equal("Carte\u00A0: Natural Earth", strings.Get("map_credit"));
        Assert.Equal("Chronologie", strings.Get("timeline"));
    }
}
