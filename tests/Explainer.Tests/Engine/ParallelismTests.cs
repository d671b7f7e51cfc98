using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>Independent phases run at the same time, and scheduling never shows in the results.</summary>
public sealed class ParallelismTests
{
    [Fact]
    public async Task Process_phases_of_independent_pipelines_overlap()
    {
        // Each side waits for the other to start: this passes only if both run at once.
        var rendezvous = new Rendezvous();

        var result = await TestEngine.RunAsync(
            new Pipeline("Left").WithInput(new CreateDocuments("l")).WithProcess(rendezvous.First),
            new Pipeline("Right").WithInput(new CreateDocuments("r")).WithProcess(rendezvous.Second));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task A_process_phase_does_not_wait_for_pipelines_it_does_not_depend_on()
    {
        // Pages depends on Data only; its Process must be able to run while Slow's Process is still running.
        var rendezvous = new Rendezvous();

        var result = await TestEngine.RunAsync(
            new Pipeline("Data").WithInput(new CreateDocuments("d")),
            new Pipeline("Pages").DependsOn("Data").WithProcess(rendezvous.First),
            new Pipeline("Slow").WithProcess(rendezvous.Second));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Outputs_are_the_same_and_in_the_same_order_however_the_work_is_scheduled()
    {
        var runs = new List<string>();
        for (var seed = 1; seed <= 4; seed++)
        {
            var result = await TestEngine.RunAsync(DeterminismPipelines(seed));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            runs.Add(Describe(result));
        }

        Assert.All(runs, run => Assert.Equal(runs[0], run));

        // And the order is the documents' order, not the order in which their work finished.
        var first = await TestEngine.RunAsync(DeterminismPipelines(seed: 7));
        Assert.Equal(Sources("n", 16), first.ProcessOutputs["Numbers"].Select(d => d.Source));
        Assert.Equal(Sources("n", 16).Concat(Sources("w", 16)), first.Outputs["Combined"].Select(d => d.Source));
    }

    /// <summary>Two independent pipelines with random per-document delays, and one that merges them.</summary>
    private static Pipeline[] DeterminismPipelines(int seed)
    {
        const int MaxDelayMs = 6;
        var merge = new InlineModule((inputs, context) =>
            [.. context.OutputsOf("Numbers"), .. context.OutputsOf("Words")]);
        return
        [
            new Pipeline("Numbers")
                .WithInput(new CreateDocuments(Sources("n", 16)))
                .WithProcess(new RandomDelayPerDocument(seed, MaxDelayMs), new RandomDelayPerDocument(seed + 100, MaxDelayMs)),
            new Pipeline("Words")
                .WithInput(new CreateDocuments(Sources("w", 16)))
                .WithProcess(new RandomDelayPerDocument(seed, MaxDelayMs)),
            new Pipeline("Combined")
                .DependsOn("Numbers", "Words")
                .WithProcess(merge)
                .WithPostProcess(new RandomDelayPerDocument(seed, MaxDelayMs))
                .WithOutput(new RandomDelayPerDocument(seed, MaxDelayMs)),
        ];
    }

    private static string[] Sources(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{i:00}").ToArray();

    private static string Describe(EngineResult result) =>
        string.Join("\n", result.ProcessOutputs.Concat(result.Outputs.Select(kv => KeyValuePair.Create(kv.Key + "!", kv.Value)))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value.Select(d => $"{kv.Key}: {d.Source} -> {d.Destination}: {d.GetText()}")));
}
