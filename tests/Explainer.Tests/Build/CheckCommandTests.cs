using System.Text.RegularExpressions;
using Explainer.Cli;
using Explainer.Publishing;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary><c>explainer check</c>: content errors as build reports them, then links, fragments and budgets of the built site; never writes it.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_seed_is_clean_exits_0_and_nothing_is_written()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        var before = FolderContents.Read(_temp.Path);

        var exit = Run("check", "--input", input, "--theme", Repository.Theme);

        Assert.Equal(Program.Success, exit);
        Assert.Equal(string.Empty, _stderr.ToString());
        Assert.Matches(@"^Checked \d+ pages and \d+ internal links: no broken link or fragment, every page within its budget\.", _stdout.ToString());
        FolderContents.AssertIdentical(before, FolderContents.Read(_temp.Path));
    }

    [Fact]
    public void A_dangling_fragment_and_a_missing_page_exit_1_with_located_lines()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        TextFile.Replace(Path.Combine(input, "putin-nordkorea", "article.md"),
            "gibt es zwei Ansichten. {#p-zwei-ansichten}", "gibt es [zwei Ansichten](#nirgends) und [mehr](/fehlt/). {#p-zwei-ansichten}");

        var exit = Run("check", "--input", input, "--theme", Repository.Theme);

        Assert.Equal(Program.ContentErrors, exit);
        var lines = _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^putin-nordkorea/index\.html\(\d+,\d+\): error XPL0402: <a> links to '#nirgends', but 'putin-nordkorea/index\.html' has no element with id 'nirgends'$", lines[0]);
        Assert.Matches(@"^putin-nordkorea/index\.html\(\d+,\d+\): error XPL0401: <a> links to '/fehlt/', but the site has no file 'fehlt/index\.html'$", lines[1]);
        Assert.StartsWith("Check found 2 problem(s)", lines[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, _stdout.ToString());
    }

    [Fact]
    public void A_content_error_is_reported_as_build_reports_it_and_the_links_are_not_checked()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        TextFile.ReplaceLine(Path.Combine(input, "putin-nordkorea", "article.md"), 3, "dek: a: b");

        var exit = Run("check", "--input", input, "--theme", Repository.Theme);

        Assert.Equal(Program.ContentErrors, exit);
        Assert.Matches(@"(^|/)input/putin-nordkorea/article\.md\(3,7\): error XPL0101: invalid YAML: ", _stderr.ToString());
        Assert.Contains("the site was not built", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_its_budget_is_a_finding_and_the_build_folder_is_removed()
    {
        var theme = _temp.CopyFrom(Repository.Theme, "theme");
        // 60 KB of random hex in a comment: it does not compress below the 30 KB page budget.
        var noise = Convert.ToHexString(new Random(7).GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 30_000));
        File.AppendAllText(Path.Combine(theme, "assets", "site.css"), $"\n/* {noise} */\n");

        var result = await SiteChecker.CheckAsync(Repository.Input, theme, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Built);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("putin-nordkorea/index.html(1,1): error XPL0404: the page weighs ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(result.BuildFolder), $"{result.BuildFolder} was left behind");
    }

    [Fact]
    public void Help_of_check_lists_its_options()
    {
        Assert.Equal(Program.Success, Run("check", "--help"));
        Assert.Matches(new Regex("--input.*--theme.*--base-url", RegexOptions.Singleline), _stdout.ToString());
    }

    private int Run(params string[] args) => Program.Run(args, _stdout, _stderr);
}
