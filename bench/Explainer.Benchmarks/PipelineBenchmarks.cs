using BenchmarkDotNet.Attributes;
using Explainer.Corpus;
using Explainer.Build;

namespace Explainer.Benchmarks;

/// <summary>
/// Whole builds in a warm process: the seed explainer alone, and a corpus of 100 through every
/// pipeline (read, parse, render, write to a staging folder, swap in).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "explainer-bench-" + Guid.NewGuid().ToString("N"));
    private string _corpus = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Path.Combine(_work, "corpus-100");
        CorpusGenerator.Generate(Seed.Input, _corpus, 100);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    [Benchmark(Description = "build the seed (1 explainer)")]
    public Task<BuildResult> BuildSeed() => Build(Seed.Input, "site-seed");

    [Benchmark(Description = "build a corpus of 100")]
    public Task<BuildResult> BuildCorpus100() => Build(_corpus, "site-100");

    private async Task<BuildResult> Build(string input, string output)
    {
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, Path.Combine(_work, output), Seed.Theme)).ConfigureAwait(false);
        return result.Succeeded ? result : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
