using Explainer.Publishing;
using Explainer.Tests.Build;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Publishing;

/// <summary>
/// The link checker on built sites: the seed (clean, at the root and under a project site's path),
/// and every case under Fixtures/Links: a built <c>site/</c>, the exact <c>expected.txt</c> lines,
/// and the public URL in <c>base-url.txt</c> when the case has one.
/// </summary>
public sealed class LinkCheckerTests
{
    private static readonly string FixtureRoot = Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "Links");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateDirectories(FixtureRoot).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_built_site_gives_exactly_the_expected_findings(string name)
    {
        var folder = Path.Combine(FixtureRoot, name);
        var baseUrlFile = Path.Combine(folder, "base-url.txt");
        var baseUrl = File.Exists(baseUrlFile) ? new Uri(File.ReadAllText(baseUrlFile).Trim()) : null;
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();

        var result = LinkChecker.Check(Path.Combine(folder, "site"), baseUrl?.AbsolutePath ?? "/", baseUrl);

        var actual = result.Diagnostics.Select(d => d.ToString()).ToList();
        var received = Path.Combine(folder, "expected.received.txt");
        if (!expected.SequenceEqual(actual))
        {
            File.WriteAllLines(received, actual); // to compare, and to accept by renaming
        }
        else
        {
            File.Delete(received);
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example-org.github.io/explainer-repo/")]
    public async Task The_seed_site_has_no_broken_link_or_fragment(string? baseUrl)
    {
        using var build = new SiteBuild();
        var url = baseUrl is null ? null : new Uri(baseUrl);
        var built = await new SiteBuilder().BuildAsync(new BuildOptions(Repository.Input, build.Output, Repository.Theme, url), TestContext.Current.CancellationToken);
        Assert.True(built.Succeeded);

        var result = LinkChecker.Check(build.Output, url?.AbsolutePath ?? "/", url);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.PagesChecked >= 10, $"only {result.PagesChecked} pages");
        Assert.True(result.LinksChecked >= 100, $"only {result.LinksChecked} links");
    }
}
