using System.Collections.Concurrent;
using Explainer.Diagnostics;
using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>Records when each pipeline phase started and ended, in one global order shared by all threads.</summary>
internal sealed class PhaseRecorder
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), (long Start, long End)> _spans = new();
    private long _clock;

    /// <summary>A module that records its phase and waits <paramref name="delayMs"/> in between, passing documents on.</summary>
    public IModule Step(int delayMs = 0) => new RecordingModule(this, delayMs);

    public bool Ran(string pipeline, Phase phase) => _spans.ContainsKey((pipeline, phase));

    public long Start(string pipeline, Phase phase) => Span(pipeline, phase).Start;

    public long End(string pipeline, Phase phase) => Span(pipeline, phase).End;

    private (long Start, long End) Span(string pipeline, Phase phase) =>
        _spans.TryGetValue((pipeline, phase), out var span) ? span : throw new InvalidOperationException($"{pipeline}/{phase} did not run.");

    private sealed class RecordingModule(PhaseRecorder recorder, int delayMs) : IModule
    {
        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        {
            var start = Interlocked.Increment(ref recorder._clock);
            await Task.Delay(delayMs, context.CancellationToken);
            var end = Interlocked.Increment(ref recorder._clock);
            recorder._spans[(context.PipelineName, context.Phase)] = (start, end);
            return inputs;
        }
    }
}

/// <summary>Creates text documents named by their sources, e.g. for an Input phase.</summary>
internal sealed class CreateDocuments(params string[] sources) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. sources.Select(s => Document.Create(s, s + ".out", "text/plain", s))]);
}

/// <summary>Runs a function as a module, for one-off behaviour inside a test.</summary>
internal sealed class InlineModule(Func<IReadOnlyList<Document>, IExecutionContext, IReadOnlyList<Document>> run) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Task.FromResult(run(inputs, context));
}

/// <summary>A module that fails as a whole.</summary>
internal sealed class ThrowingModule(Exception exception) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        throw exception;
}

/// <summary>A per-document module that fails on the documents whose source is listed, and passes the others on.</summary>
internal sealed class FailOnDocuments(Func<Exception> exception, params string[] sources) : PerDocumentModule
{
    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
        sources.Contains(input.Source)
            ? throw exception()
            : Task.FromResult<IEnumerable<Document>>([input]);
}

/// <summary>
/// A per-document module that waits a random time for each document (seeded, so a run can be repeated)
/// and marks the content, so that completion order differs from document order between runs.
/// </summary>
internal sealed class RandomDelayPerDocument(int seed, int maxDelayMs) : PerDocumentModule
{
    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        // A fresh generator per document: Random is not thread-safe, and the delay must not depend on scheduling.
        var delay = new Random(HashCode.Combine(seed, input.Source, context.PipelineName, context.Phase)).Next(maxDelayMs + 1);
        await Task.Delay(delay, context.CancellationToken);
        return [input.WithContent($"{input.GetText()}|{context.PipelineName}.{context.Phase}")];
    }
}

/// <summary>
/// Two modules that each wait until the other has started: both finish only when they run at the
/// same time, so a run that serialises them fails with a timeout instead of passing by luck.
/// </summary>
internal sealed class Rendezvous
{
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(10);

    public IModule First => new Side(_first, _second);

    public IModule Second => new Side(_second, _first);

    private sealed class Side(TaskCompletionSource mine, TaskCompletionSource other) : IModule
    {
        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        {
            mine.TrySetResult();
            await other.Task.WaitAsync(Timeout, context.CancellationToken);
            return inputs;
        }
    }
}

/// <summary>Builds and runs engines for tests, with settings whose folders are never touched.</summary>
internal static class TestEngine
{
    /// <summary>The input folder of every test run; relative, so diagnostics show it as <c>engine-input/...</c>.</summary>
    public const string InputFolder = "engine-input";

    public static BuildSettings Settings() => new(InputFolder, "engine-output", "engine-theme");

    public static Task<EngineResult> RunAsync(params Pipeline[] pipelines) =>
        new PipelineEngine(pipelines).RunAsync(Settings(), TestContext.Current.CancellationToken);

    public static Diagnostic Located(string source, int line, int column, string message) =>
        new(source, line, column, ErrorCodes.InvalidDate, message);
}
