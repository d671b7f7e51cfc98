using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>
/// The phase rules: Process waits for its own Input and its dependencies' Process; PostProcess waits for
/// every pipeline's Process; Output waits for its own PostProcess.
/// </summary>
public sealed class PhaseOrderTests
{
    private static readonly Phase[] Phases = [Phase.Input, Phase.Process, Phase.PostProcess, Phase.Output];

    private readonly PhaseRecorder _recorder = new();

    [Fact]
    public async Task Phases_start_only_after_the_phases_they_wait_for_have_ended()
    {
        // Delays make a wrong order visible: a phase that did not wait would start before a slow one ends.
        var result = await TestEngine.RunAsync(
            Recorded("Data", input: 40, process: 40),
            Recorded("Pages", input: 0, process: 10, postProcess: 10).DependsOn("Data"),
            Recorded("Feed", input: 0, process: 10).DependsOn("Pages"),
            Recorded("Slow", input: 0, process: 150));

        Assert.True(result.Succeeded);
        string[] all = ["Data", "Pages", "Feed", "Slow"];
        foreach (var name in all)
        {
            Assert.All(Phases, phase => Assert.True(_recorder.Ran(name, phase), $"{name}/{phase} did not run"));
            AssertBefore((name, Phase.Input), (name, Phase.Process));
            AssertBefore((name, Phase.PostProcess), (name, Phase.Output));
            foreach (var other in all)
            {
                AssertBefore((other, Phase.Process), (name, Phase.PostProcess));
            }
        }

        AssertBefore(("Data", Phase.Process), ("Pages", Phase.Process));
        AssertBefore(("Pages", Phase.Process), ("Feed", Phase.Process));
        AssertBefore(("Data", Phase.Process), ("Feed", Phase.Process));
    }

    [Fact]
    public async Task Each_phase_starts_from_the_documents_of_the_phase_before_it()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<Phase, string>();
        var appendPhaseInitial = new InlineModule((inputs, context) =>
        {
            seen[context.Phase] = string.Join(",", inputs.Select(d => d.GetText()));
            return inputs.Select(d => d.WithContent(d.GetText() + "+" + context.Phase.ToString()[0])).ToList();
        });
        var pipeline = new Pipeline("Chain")
            .WithInput(new CreateDocuments("a", "b"))
            .WithProcess(appendPhaseInitial)
            .WithPostProcess(appendPhaseInitial)
            .WithOutput(appendPhaseInitial);

        var result = await TestEngine.RunAsync(pipeline);

        Assert.Equal("a,b", seen[Phase.Process]);
        Assert.Equal("a+P,b+P", seen[Phase.PostProcess]);
        Assert.Equal("a+P+P,b+P+P", seen[Phase.Output]);
        Assert.Equal(["a+P", "b+P"], result.ProcessOutputs["Chain"].Select(d => d.GetText()));
        Assert.Equal(["a+P+P+O", "b+P+P+O"], result.Outputs["Chain"].Select(d => d.GetText()));
    }

    [Fact]
    public async Task A_pipeline_without_modules_in_a_phase_passes_its_documents_through()
    {
        var result = await TestEngine.RunAsync(new Pipeline("Bare").WithInput(new CreateDocuments("x")));

        Assert.True(result.Succeeded);
        Assert.Equal(["x"], result.ProcessOutputs["Bare"].Select(d => d.Source));
        Assert.Equal(["x"], result.Outputs["Bare"].Select(d => d.Source));
    }

    private Pipeline Recorded(string name, int input, int process, int postProcess = 0) =>
        new Pipeline(name)
            .WithInput(_recorder.Step(input))
            .WithProcess(_recorder.Step(process))
            .WithPostProcess(_recorder.Step(postProcess))
            .WithOutput(_recorder.Step());

    private void AssertBefore((string Pipeline, Phase Phase) first, (string Pipeline, Phase Phase) then) =>
        Assert.True(
            _recorder.End(first.Pipeline, first.Phase) < _recorder.Start(then.Pipeline, then.Phase),
            $"{then.Pipeline}/{then.Phase} started before {first.Pipeline}/{first.Phase} ended");
}
