using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// Writes every document that has a destination into the output folder, through the build's
/// <see cref="SiteWriter"/> (which records it, and leaves a file with the previous site's bytes as it
/// is). Returns light documents: the content is dropped once written, so a build never holds every
/// page's bytes.
/// </summary>
public sealed class WriteFiles : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var writer = SiteWriter.Of(context.Settings);
        var results = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, context.ParallelOptions(), i =>
        {
            var document = inputs[i];
            if (document.Destination is { } destination)
            {
                writer.Write(destination, document.Content.Span);
                document = document.WithContent(ReadOnlyMemory<byte>.Empty);
            }

            results[i] = document;
        });
        return Task.FromResult<IReadOnlyList<Document>>(results);
    }
}
