using BenchmarkDotNet.Attributes;
using Explainer.Corpus;
using Explainer.Build;

namespace Explainer.Benchmarks;

/// <summary>
/// What <c>explainer serve</c> does after one save: one article.md edited, the site built again
/// with the session's <see cref="BuildCache"/> (the other explainers taken over, the images of the
/// edited one reused). The seed alone, and the seed's article in a site of 1000 explainers.
/// </summary>
[MemoryDiagnoser]
public class ServeBenchmarks
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "explainer-bench-" + Guid.NewGuid().ToString("N"));
    private readonly BuildCache _cache = new() { ChangesReported = true };
    private string _input = string.Empty;
    private string _article = string.Empty;
    private string _text = string.Empty;
    private int _edits;

    /// <summary>How many explainers the site has.</summary>
    [Params(1, 1000)]
    public int Explainers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = Path.Combine(_work, "input");
        if (Explainers == 1)
        {
            CopyFolder(Seed.Input, _input);
        }
        else
        {
            CorpusGenerator.Generate(Seed.Input, _input, Explainers);
            CopyFolder(Path.Combine(Seed.Input, Seed.Slug), Path.Combine(_input, Seed.Slug));
        }

        _article = Path.Combine(_input, Seed.Slug, "article.md");
        _text = File.ReadAllText(_article);
        Build().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    [Benchmark(Description = "edit the seed's article.md, build again")]
    public Task<BuildResult> EditAndRebuild()
    {
        // A different sentence each time, so that the page really changes.
        var edits = ++_edits;
        File.WriteAllText(_article, _text.Replace("gibt es zwei Ansichten.", $"gibt es zwei Ansichten ({edits}).", StringComparison.Ordinal));
        _cache.Invalidate([_article]);
        return Build();
    }

    private async Task<BuildResult> Build()
    {
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(_input, Path.Combine(_work, "site"), Seed.Theme, Cache: _cache)).ConfigureAwait(false);
        return result.Succeeded ? result : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
