using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>Lighthouse runs alone, after the other tests: a busy CPU would lower its performance score.</summary>
[CollectionDefinition(nameof(LighthouseCollection), DisableParallelization = true)]
public sealed class LighthouseCollection;

/// <summary>
/// Lighthouse 12.2.3 (pinned in tests/package.json; mobile preset, simulated throttling) on the seed
/// explainer, served like a GitHub project site. Accessibility, best practices and SEO must score 1.0
/// in every run; performance at least 0.95 in the best of up to three runs, because on a 2-core
/// machine the simulated performance score varies from run to run. The scores of every run go to
/// artifacts/browser-tests/lighthouse/scores.json, beside each run's full report.
/// </summary>
[Collection(nameof(LighthouseCollection))]
public sealed class LighthouseTests(SiteUnderTest site)
{
    private const double MinimumPerformance = 0.95;
    private const int MaximumRuns = 3;
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    [Fact(Timeout = 420_000)]
    public async Task Lighthouse_scores_the_seed_explainer_at_or_above_the_thresholds()
    {
        var cancel = TestContext.Current.CancellationToken;
        Chromium.RequireInstalled();
        var node = ToolGate.FindOnPath("node");
        var cli = Path.Combine(RepositoryPaths.NodeModules, "lighthouse", "cli", "index.js");
        ToolGate.Require(node is not null, "Node.js is not installed; Lighthouse needs it.");
        ToolGate.Require(File.Exists(cli), $"{cli} is missing: run 'npm ci --prefix tests'.");

        var folder = RepositoryPaths.Artifacts("lighthouse");
        var url = site.SeedExplainer.Url.AbsoluteUri;
        var runs = new List<LighthouseRun>();
        for (var number = 1; number <= MaximumRuns; number++)
        {
            var report = Path.Combine(folder, $"seed-explainer.run{number}.report.json");
            File.Delete(report);
            var result = await ExternalProcess.RunAsync(
                node,
                [
                    cli, url, "--quiet", "--output=json", $"--output-path={report}",
                    $"--only-categories={string.Join(',', Categories)}",
                    $"--chrome-flags={string.Join(' ', ["--headless=new", .. Chromium.Flags])}",
                ],
                TimeSpan.FromSeconds(120),
                new Dictionary<string, string> { ["CHROME_PATH"] = Chromium.ExecutablePath },
                cancel);
            Assert.True(result.ExitCode == 0 && File.Exists(report),
                $"Lighthouse run {number} exited with {result.ExitCode} and wrote {(File.Exists(report) ? "a" : "no")} report:{Environment.NewLine}{result.StandardError}");

            var run = LighthouseRun.Read(number, report);
            runs.Add(run);
            if (run.Score("performance") >= MinimumPerformance || run.Problems(otherThanPerformance: true).Count > 0)
            {
                break; // passed, or failed in a way another run will not change
            }
        }

        var best = runs.MaxBy(r => r.Score("performance"))!;
        WriteSummary(Path.Combine(folder, "scores.json"), url, runs, best);

        var findings = new Findings();
        foreach (var run in runs)
        {
            foreach (var problem in run.Problems(otherThanPerformance: true))
            {
                findings.Add($"run {run.Number}", problem);
            }
        }

        if (best.Score("performance") < MinimumPerformance)
        {
            foreach (var problem in best.Problems(otherThanPerformance: false).Where(p => p.StartsWith("performance", StringComparison.Ordinal)))
            {
                findings.Add($"best of {runs.Count} runs (run {best.Number})", problem);
            }
        }

        findings.AssertNone($"Lighthouse below its thresholds on {url} (reports in {folder})");
    }

    private static void WriteSummary(string path, string url, List<LighthouseRun> runs, LighthouseRun best)
    {
        JsonObject Scores(LighthouseRun run) => new(Categories.Select(c => KeyValuePair.Create(c, (JsonNode?)run.Score(c))));
        var summary = new JsonObject
        {
            ["url"] = url,
            ["lighthouseVersion"] = best.Version,
            ["formFactor"] = "mobile",
            ["note"] = $"performance: the best of up to {MaximumRuns} runs (simulated throttling varies on a 2-core machine); the other categories must be 1.0 in every run",
            ["thresholds"] = new JsonObject { ["performance"] = MinimumPerformance, ["accessibility"] = 1.0, ["best-practices"] = 1.0, ["seo"] = 1.0 },
            ["best"] = Scores(best),
            ["runs"] = new JsonArray(runs.Select(r => (JsonNode)new JsonObject
            {
                ["run"] = r.Number,
                ["report"] = Path.GetFileName(r.ReportPath),
                ["scores"] = Scores(r),
            }).ToArray()),
        };
        File.WriteAllText(path, summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>One Lighthouse report: category scores, and the weighted audits that lost points.</summary>
    private sealed record LighthouseRun(int Number, string ReportPath, string Version, string? RuntimeError, Dictionary<string, double> Scores, Dictionary<string, List<string>> LostPoints)
    {
        public double Score(string category) => Scores.GetValueOrDefault(category, 0);

        public List<string> Problems(bool otherThanPerformance)
        {
            var problems = new List<string>();
            if (RuntimeError is not null)
            {
                problems.Add($"Lighthouse could not audit the page: {RuntimeError}");
            }

            foreach (var category in Categories.Where(c => (c == "performance") != otherThanPerformance))
            {
                var minimum = category == "performance" ? MinimumPerformance : 1.0;
                if (Score(category) < minimum)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{category} {Score(category):0.00} < {minimum:0.00}: {string.Join("; ", LostPoints.GetValueOrDefault(category, []))}"));
                }
            }

            return problems;
        }

        public static LighthouseRun Read(int number, string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var audits = root.GetProperty("audits");
            var scores = new Dictionary<string, double>();
            var lost = new Dictionary<string, List<string>>();
            foreach (var category in root.GetProperty("categories").EnumerateObject())
            {
                scores[category.Name] = category.Value.GetProperty("score") is { ValueKind: JsonValueKind.Number } score ? score.GetDouble() : 0;
                lost[category.Name] = category.Value.GetProperty("auditRefs").EnumerateArray()
                    .Where(reference => reference.GetProperty("weight").GetDouble() > 0)
                    .Select(reference => audits.GetProperty(reference.GetProperty("id").GetString()!))
                    .Where(audit => audit.GetProperty("score") is { ValueKind: JsonValueKind.Number } s && s.GetDouble() < 1)
                    .Select(audit => $"{audit.GetProperty("id")} ({audit.GetProperty("score")}{(audit.TryGetProperty("displayValue", out var value) ? ", " + value : string.Empty)}): {audit.GetProperty("title")}")
                    .ToList();
            }

            var error = root.TryGetProperty("runtimeError", out var runtimeError) ? runtimeError.GetProperty("message").GetString() : null;
            return new LighthouseRun(number, path, root.GetProperty("lighthouseVersion").GetString() ?? "?", error, scores, lost);
        }
    }
}
