using Explainer.Diagnostics;

namespace Explainer.Engine;

/// <summary>The outcome of a run: errors, and the documents each pipeline ended its Process and Output phases with.</summary>
public sealed record EngineResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> ProcessOutputs,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs)
{
    public bool Succeeded => Diagnostics.Count == 0;
}
