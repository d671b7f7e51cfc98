using Explainer.Corpus;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>Explainers are built in parallel, and the site is the same, byte for byte, as a sequential build's.</summary>
public sealed class ParallelBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_parallel_build_of_100_explainers_writes_the_same_bytes_as_a_sequential_one()
    {
        var corpus = _temp.Combine("corpus");
        CorpusGenerator.Generate(Repository.Input, corpus, 100);

        // More workers than cores, so that documents finish in a different order than they started.
        var parallel = await BuildAsync(corpus, "parallel", maxDegreeOfParallelism: 8);
        var sequential = await BuildAsync(corpus, "sequential", maxDegreeOfParallelism: 1);

        Assert.Empty(parallel.Diagnostics);
        Assert.Empty(sequential.Diagnostics);
        var files = FolderContents.Read(_temp.Combine("parallel"));
        Assert.Equal(100, files.Paths.Count(p => p.EndsWith("/index.html", StringComparison.Ordinal)
            && !p.Contains("/embed/", StringComparison.Ordinal) && !p.StartsWith("page/", StringComparison.Ordinal)));
        // 98 listed (every fiftieth is hidden), 50 on a page of the index.
        Assert.Contains("page/2/index.html", files.Paths);
        Assert.Equal(files.Paths.Count(p => p != OutputManifest.FileName), parallel.FilesWritten);
        FolderContents.AssertIdentical(files, FolderContents.Read(_temp.Combine("sequential")));
    }

    [Fact]
    public void The_corpus_generator_writes_the_same_bytes_every_time()
    {
        CorpusGenerator.Generate(Repository.Input, _temp.Combine("first"), 12);
        CorpusGenerator.Generate(Repository.Input, _temp.Combine("second"), 12);

        FolderContents.AssertIdentical(FolderContents.Read(_temp.Combine("first")), FolderContents.Read(_temp.Combine("second")));
    }

    private Task<BuildResult> BuildAsync(string input, string output, int maxDegreeOfParallelism) =>
        new SiteBuilder().BuildAsync(
            new BuildOptions(input, _temp.Combine(output), Repository.Theme, MaxDegreeOfParallelism: maxDegreeOfParallelism),
            TestContext.Current.CancellationToken);
}
