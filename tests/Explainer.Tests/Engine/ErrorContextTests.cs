using Explainer.Diagnostics;
using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>
/// A module that fails becomes a located diagnostic; what depends on it does not run; everything
/// independent still runs and reports its own errors; and nothing is written.
/// </summary>
public sealed class ErrorContextTests
{
    private readonly PhaseRecorder _recorder = new();

    [Fact]
    public async Task A_failing_document_is_reported_with_pipeline_phase_module_file_line_and_column()
    {
        var located = Document.Create("putin-nordkorea/article.md", null, "text/markdown", "")
            .WithMetadata(MetadataKeys.Location, new SourceLocation("ignored", 7, 3));
        var content = new Pipeline("Content")
            .WithInput(new InlineModule((_, _) => [located, Document.Create("other/article.md", null, "text/markdown", "")]))
            .WithProcess(new FailOnDocuments(() => new FormatException("'19.6.' is not a date"), "putin-nordkorea/article.md"));

        var result = await TestEngine.RunAsync(content);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{TestEngine.InputFolder}/putin-nordkorea/article.md", diagnostic.Path);
        Assert.Equal((7, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(ErrorCodes.ModuleFailed, diagnostic.Code);
        Assert.Equal(
            "FormatException in pipeline Content, phase Process, module FailOnDocuments: '19.6.' is not a date",
            diagnostic.Message);
        Assert.Equal(
            $"{TestEngine.InputFolder}/putin-nordkorea/article.md(7,3): error XPL0002: FormatException in pipeline Content, phase Process, module FailOnDocuments: '19.6.' is not a date",
            diagnostic.ToString());
    }

    [Fact]
    public async Task A_failing_document_without_a_location_is_reported_at_the_start_of_its_file()
    {
        var result = await TestEngine.RunAsync(new Pipeline("Content")
            .WithInput(new CreateDocuments("a/article.md"))
            .WithPostProcess(new FailOnDocuments(() => new InvalidOperationException("boom"), "a/article.md")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith($"{TestEngine.InputFolder}/a/article.md(1,1): error XPL0002: InvalidOperationException in pipeline Content, phase PostProcess",
            diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_module_failing_as_a_whole_is_reported_under_its_pipeline()
    {
        var result = await TestEngine.RunAsync(new Pipeline("Assets").WithOutput(new ThrowingModule(new IOException("disk full"))));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("Assets(1,1): error XPL0002: IOException in pipeline Assets, phase Output, module ThrowingModule: disk full", diagnostic.ToString());
    }

    [Fact]
    public async Task Every_failing_document_of_a_module_is_reported_in_a_stable_order()
    {
        var sources = Enumerable.Range(0, 12).Select(i => $"doc{i:00}/article.md").ToArray();
        var failing = sources.Where((_, i) => i % 3 == 0).ToArray();

        for (var run = 0; run < 5; run++)
        {
            var result = await TestEngine.RunAsync(new Pipeline("Content")
                .WithInput(new CreateDocuments(sources))
                .WithProcess(new RandomDelayPerDocument(run, 5), new FailOnDocuments(() => new FormatException("bad"), failing)));

            Assert.Equal(failing.Select(s => $"{TestEngine.InputFolder}/{s}"), result.Diagnostics.Select(d => d.Path));
        }
    }

    [Fact]
    public async Task Phases_that_wait_for_a_failed_phase_do_not_run_and_independent_pipelines_still_report_their_errors()
    {
        var result = await TestEngine.RunAsync(
            Recorded("Broken").WithProcess(new ThrowingModule(new InvalidOperationException("broken"))),
            Recorded("Dependent").DependsOn("Broken"),
            Recorded("Transitive").DependsOn("Dependent"),
            Recorded("AlsoBroken").WithProcess(new ThrowingModule(new InvalidOperationException("also broken"))),
            Recorded("Healthy"));

        Assert.Equal(["AlsoBroken", "Broken"], result.Diagnostics.Select(d => d.Path));
        Assert.Contains("also broken", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("broken", result.Diagnostics[1].Message, StringComparison.Ordinal);

        Assert.True(_recorder.Ran("Broken", Phase.Input));
        Assert.False(_recorder.Ran("Broken", Phase.PostProcess));
        foreach (var name in new[] { "Dependent", "Transitive" })
        {
            Assert.True(_recorder.Ran(name, Phase.Input));
            Assert.False(_recorder.Ran(name, Phase.Process));
            Assert.False(_recorder.Ran(name, Phase.PostProcess));
        }

        Assert.True(_recorder.Ran("Healthy", Phase.Process));

        // PostProcess works on every pipeline's Process results: after an error it does not run at all.
        Assert.False(_recorder.Ran("Healthy", Phase.PostProcess));

        // A build with an error writes nothing, not even the healthy pipeline's documents.
        Assert.All(new[] { "Broken", "Dependent", "Transitive", "AlsoBroken", "Healthy" }, name => Assert.False(_recorder.Ran(name, Phase.Output)));
        Assert.All(result.Outputs.Values, Assert.Empty);
    }

    [Fact]
    public async Task A_content_exception_contributes_its_diagnostics_as_they_are()
    {
        Diagnostic[] errors =
        [
            new("input/b/article.md", 4, 9, ErrorCodes.InvalidDate, "'published' has no time zone"),
            new("input/a/article.md", 2, 1, ErrorCodes.MissingField, "missing required field 'title'"),
        ];

        var whole = await TestEngine.RunAsync(new Pipeline("Content").WithProcess(new ThrowingModule(new ContentException(errors))));
        var perDocument = await TestEngine.RunAsync(new Pipeline("Content")
            .WithInput(new CreateDocuments("a/article.md"))
            .WithProcess(new FailOnDocuments(() => new ContentException(errors), "a/article.md")));

        Assert.Equal(errors.Order(), whole.Diagnostics);
        Assert.Equal(errors.Order(), perDocument.Diagnostics);
    }

    [Fact]
    public async Task Errors_reported_without_throwing_stop_dependent_phases_and_all_output()
    {
        var result = await TestEngine.RunAsync(
            Recorded("Content").WithProcess(new InlineModule((inputs, context) =>
            {
                context.Diagnostics.Add(new SourceLocation("input/a/article.md", 3, 1), ErrorCodes.UnknownKey, "unknown key 'titel'");
                return inputs;
            })),
            Recorded("Pages").DependsOn("Content"));

        Assert.Equal(["input/a/article.md(3,1): error XPL0102: unknown key 'titel'"], result.Diagnostics.Select(d => d.ToString()));
        Assert.True(_recorder.Ran("Pages", Phase.Input));
        Assert.False(_recorder.Ran("Pages", Phase.Process));
        Assert.False(_recorder.Ran("Pages", Phase.PostProcess));
        Assert.False(_recorder.Ran("Content", Phase.Output));
        Assert.False(_recorder.Ran("Pages", Phase.Output));
    }

    private Pipeline Recorded(string name) =>
        new Pipeline(name)
            .WithInput(_recorder.Step())
            .WithProcess(_recorder.Step())
            .WithPostProcess(_recorder.Step())
            .WithOutput(_recorder.Step());
}
