namespace Explainer.Engine;

/// <summary>
/// The documents a phase ended with. Input's and PostProcess's have exactly one reader (the same
/// pipeline's next phase), which takes them, so that a build does not keep them, and the page
/// bytes among them, alive until it ends.
/// </summary>
internal sealed class PhaseOutput(IReadOnlyList<Document> documents)
{
    private IReadOnlyList<Document>? _documents = documents;

    /// <summary>The documents, for phases with many readers (Process) and for the result (Output).</summary>
    public IReadOnlyList<Document> Documents => _documents ?? throw new InvalidOperationException("These documents were taken by the phase that reads them.");

    /// <summary>Hands the documents to their only reader and forgets them.</summary>
    public IReadOnlyList<Document> Take() =>
        Interlocked.Exchange(ref _documents, null) ?? throw new InvalidOperationException("These documents were already taken.");
}
