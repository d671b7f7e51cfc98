using System.Collections.Concurrent;
using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>A module can read another pipeline's documents only when its pipeline depends on that one.</summary>
public sealed class OutputsOfTests
{
    private readonly ConcurrentDictionary<string, object> _seen = new();

    [Fact]
    public async Task Reading_a_pipeline_it_does_not_depend_on_throws()
    {
        await TestEngine.RunAsync(
            Data(),
            new Pipeline("Pages").WithProcess(Read("Data")));

        var error = Assert.IsType<InvalidOperationException>(_seen["Pages/Process"]);
        Assert.Equal("Pipeline 'Pages' cannot read the documents of 'Data' because it does not depend on it.", error.Message);
    }

    [Fact]
    public async Task Reading_without_a_dependency_throws_in_PostProcess_too()
    {
        // Every Process has ended by then, but the rule is about declared dependencies, not timing.
        await TestEngine.RunAsync(
            Data(),
            new Pipeline("Pages").WithPostProcess(Read("Data")));

        Assert.IsType<InvalidOperationException>(_seen["Pages/PostProcess"]);
    }

    [Fact]
    public async Task A_direct_dependency_can_be_read()
    {
        await TestEngine.RunAsync(
            Data(),
            new Pipeline("Pages").DependsOn("Data").WithProcess(Read("Data")).WithPostProcess(Read("Data")).WithOutput(Read("Data")));

        Assert.Equal("d1,d2", _seen["Pages/Process"]);
        Assert.Equal("d1,d2", _seen["Pages/PostProcess"]);
        Assert.Equal("d1,d2", _seen["Pages/Output"]);
    }

    [Fact]
    public async Task A_transitive_dependency_can_be_read()
    {
        await TestEngine.RunAsync(
            Data(),
            new Pipeline("Middle").DependsOn("Data"),
            new Pipeline("Pages").DependsOn("Middle").WithProcess(Read("Data")));

        Assert.Equal("d1,d2", _seen["Pages/Process"]);
    }

    [Fact]
    public async Task A_dependency_reads_as_the_documents_its_Process_phase_ended_with()
    {
        // Not its Input, and not what its PostProcess made later.
        var data = new Pipeline("Data")
            .WithInput(new CreateDocuments("raw"))
            .WithProcess(new InlineModule((_, _) => [Document.Create("processed", null, "text/plain", "")]))
            .WithPostProcess(new InlineModule((_, _) => [Document.Create("post-processed", null, "text/plain", "")]));

        await TestEngine.RunAsync(data, new Pipeline("Pages").DependsOn("Data").WithPostProcess(Read("Data")));

        Assert.Equal("processed", _seen["Pages/PostProcess"]);
    }

    [Fact]
    public async Task An_unknown_pipeline_cannot_be_read()
    {
        await TestEngine.RunAsync(new Pipeline("Pages").WithProcess(Read("Nope")));

        var error = Assert.IsType<InvalidOperationException>(_seen["Pages/Process"]);
        Assert.Contains("'Nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_can_be_read_in_the_Input_phase()
    {
        // Input depends on nothing, so even a declared dependency may not have run yet.
        await TestEngine.RunAsync(Data(), new Pipeline("Pages").DependsOn("Data").WithInput(Read("Data")));

        Assert.IsType<InvalidOperationException>(_seen["Pages/Input"]);
    }

    [Fact]
    public async Task An_uncaught_access_error_fails_the_build_with_a_diagnostic()
    {
        var result = await TestEngine.RunAsync(
            Data(),
            new Pipeline("Pages").WithProcess(new InlineModule((_, context) => context.OutputsOf("Data"))));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("does not depend on it", diagnostic.Message, StringComparison.Ordinal);
    }

    private static Pipeline Data() => new Pipeline("Data").WithInput(new CreateDocuments("d1", "d2"));

    /// <summary>Reads a pipeline and records the sources it saw, or the exception it got.</summary>
    private InlineModule Read(string pipeline) => new((inputs, context) =>
    {
        var key = $"{context.PipelineName}/{context.Phase}";
        try
        {
            _seen[key] = string.Join(",", context.OutputsOf(pipeline).Select(d => d.Source));
        }
        catch (Exception ex)
        {
            _seen[key] = ex;
        }

        return inputs;
    });
}
