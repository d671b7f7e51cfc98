namespace Explainer.Engine;

/// <summary>
/// One step of a pipeline phase: takes the documents of the phase so far and returns new ones.
/// </summary>
public interface IModule
{
    /// <summary>Runs the module. Must return documents in a deterministic order.</summary>
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context);
}

/// <summary>
/// A module that maps each document on its own; documents are processed in parallel (at most
/// <see cref="BuildSettings.MaxDegreeOfParallelism"/> at once), order kept.
/// When documents fail, every one of them is reported, in document order.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var results = new IEnumerable<Document>[inputs.Count];
        var failures = new DocumentException?[inputs.Count];
        await Parallel.ForAsync(0, inputs.Count, context.ParallelOptions(), async (i, _) =>
        {
            // Caught here rather than left to the loop: the loop would stop at the first failure and
            // rethrow whichever finished first, so errors would go missing and their order would vary.
            try
            {
                results[i] = await ExecuteAsync(inputs[i], context).ConfigureAwait(false);
            }
            catch (DocumentException ex)
            {
                failures[i] = ex;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures[i] = new DocumentException(inputs[i], ex);
            }
        }).ConfigureAwait(false);

        var failed = failures.OfType<DocumentException>().ToList();
        if (failed.Count > 0)
        {
            throw failed.Count == 1 ? failed[0] : new AggregateException(failed);
        }

        return results.SelectMany(r => r).ToList();
    }

    /// <summary>Maps one document to zero or more documents.</summary>
    protected abstract Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context);
}

/// <summary>Wraps an exception thrown while a module worked on a particular document.</summary>
public sealed class DocumentException(Document document, Exception inner)
    : Exception(inner.Message, inner)
{
    public Document Document { get; } = document;
}
