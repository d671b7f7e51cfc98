using Explainer.Diagnostics;

namespace Explainer.Engine;

/// <summary>What a module sees while it runs: its pipeline and phase, settings, errors, and other pipelines' documents.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    /// <summary>Settings shared by the whole build (folders, base URL, services).</summary>
    BuildSettings Settings { get; }

    /// <summary>Where content errors go; a build with any error writes nothing.</summary>
    DiagnosticBag Diagnostics { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The documents another pipeline produced in its Process phase. Only pipelines this one
    /// depends on (directly or through others) can be read.
    /// </summary>
    IReadOnlyList<Document> OutputsOf(string pipelineName);

    /// <summary>Writes a log line at detailed verbosity.</summary>
    void LogDetail(string message);
}
