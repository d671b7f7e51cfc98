using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>A wrong pipeline graph is refused by the engine's constructor, before any module runs.</summary>
public sealed class PipelineGraphTests
{
    private int _modulesRun;

    [Fact]
    public void A_dependency_cycle_is_refused_and_named()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineEngine(
        [
            Counted("A").DependsOn("B"),
            Counted("B").DependsOn("C"),
            Counted("C").DependsOn("A"),
        ]));

        Assert.Equal("Pipeline dependency cycle: A -> B -> C -> A.", error.Message);
        Assert.Equal(0, _modulesRun);
    }

    [Fact]
    public void A_pipeline_depending_on_itself_is_a_cycle()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineEngine([Counted("Self").DependsOn("Self")]));

        Assert.Equal("Pipeline dependency cycle: Self -> Self.", error.Message);
    }

    [Fact]
    public void A_cycle_further_down_the_graph_is_found()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineEngine(
        [
            Counted("Root").DependsOn("Loop1"),
            Counted("Loop1").DependsOn("Loop2"),
            Counted("Loop2").DependsOn("Loop1"),
        ]));

        Assert.Contains("Loop1 -> Loop2 -> Loop1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dependency_is_refused_and_named()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineEngine(
        [
            Counted("Content"),
            Counted("Pages").DependsOn("Content", "Sitemap"),
        ]));

        Assert.Equal("Pipeline 'Pages' depends on unknown pipeline 'Sitemap'.", error.Message);
        Assert.Equal(0, _modulesRun);
    }

    [Fact]
    public void Two_pipelines_with_one_name_are_refused()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineEngine([Counted("Pages"), Counted("Pages")]));

        Assert.Contains("'Pages'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_diamond_is_not_a_cycle()
    {
        var engine = new PipelineEngine(
        [
            Counted("Base"),
            Counted("Left").DependsOn("Base"),
            Counted("Right").DependsOn("Base"),
            Counted("Top").DependsOn("Left", "Right"),
        ]);

        var result = await engine.RunAsync(TestEngine.Settings(), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(4, _modulesRun);
    }

    private Pipeline Counted(string name) =>
        new Pipeline(name).WithProcess(new InlineModule((inputs, _) =>
        {
            Interlocked.Increment(ref _modulesRun);
            return inputs;
        }));
}
