using Explainer.Cli;
using Explainer.Tests.Support;

namespace Explainer.Tests.Build;

/// <summary>The summary of a good build: the Built line first, what the site holds, the budgets; plain lines when not on a terminal.</summary>
public sealed class BuildSummaryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_good_build_prints_a_summary_of_explainers_pages_embed_pages_files_and_budgets()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Program.Run(["build", "--input", Repository.Input, "--output", _temp.Combine("site"), "--theme", Repository.Theme], stdout, stderr);

        Assert.Equal(Program.Success, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Collection(
            lines,
            l => Assert.Matches(@"^Built \d+ files \([\d,]+ bytes\) into .+ in \d+ ms\.$", l),
            l => Assert.Equal("  Explainers       1  putin-nordkorea", l),
            l => Assert.Matches(@"^  Pages            3  ", l),
            l => Assert.Matches(@"^  Embed pages     \d\d  ", l),
            l => Assert.Matches(@"^  Files           \d+  15 HTML, \d+ CSS, \d+ JavaScript, \d+ images, \d+ other$", l),
            l => Assert.StartsWith("Budgets: JavaScript ", l, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', stdout.ToString()); // no progress line: the output is not a terminal
    }
}
