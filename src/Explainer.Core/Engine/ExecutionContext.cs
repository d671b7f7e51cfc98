using Explainer.Diagnostics;

namespace Explainer.Engine;

/// <summary>What a module sees of the run it is part of: its pipeline and phase, the build's settings, and the documents of the pipelines it may read.</summary>
internal sealed class ExecutionContext(
    Func<string, IReadOnlyList<Document>> outputsOf,
    string pipelineName,
    Phase phase,
    BuildSettings settings,
    DiagnosticBag diagnostics,
    CancellationToken cancellationToken,
    Action<string>? detailLog) : IExecutionContext
{
    public string PipelineName { get; } = pipelineName;

    public Phase Phase { get; } = phase;

    public BuildSettings Settings { get; } = settings;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<Document> OutputsOf(string pipelineName) =>
        Phase == Phase.Input
            ? throw new InvalidOperationException($"Pipeline '{PipelineName}' cannot read other pipelines' documents in its Input phase.")
            : outputsOf(pipelineName);

    public void LogDetail(string message) => detailLog?.Invoke($"{PipelineName}/{Phase}: {message}");
}
