using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Content;

/// <summary>Every folder under Fixtures/BadInput is a case: its input must fail with exactly the lines in expected.txt.</summary>
public class BadInputTests
{
    private static readonly string FixtureRoot = Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "BadInput");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(FixtureRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_25_cases()
    {
        Assert.True(Cases().Count >= 25, $"only {Cases().Count} bad-input cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_fails_with_exactly_the_expected_errors_and_writes_nothing(string name)
    {
        var folder = Path.Combine(FixtureRoot, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();
        using var temp = new TempFolder();
        var output = temp.Combine("_site");

        var result = await new SiteBuilder().BuildAsync(
            new BuildOptions(Path.Combine(folder, "input"), output, Repository.Theme, DisplayRoot: folder),
            TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()).ToList());
        Assert.False(Directory.Exists(output), "a failed build must not write the output folder");
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
