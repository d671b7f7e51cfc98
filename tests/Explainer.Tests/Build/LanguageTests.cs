using Explainer.Build;
using Explainer.Diagnostics;
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
}
