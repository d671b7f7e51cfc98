using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// Writes every document that has a destination into the output folder, except those whose bytes
/// equal the previous site's file (<see cref="BuildSettings.PreviousOutputFolder"/>): that file
/// stays as it is, with its modification time. Returns light documents: the content is dropped once
/// written (so a build never holds every page's bytes), and <see cref="OutcomeKey"/> says what happened.
/// </summary>
public sealed class WriteFiles : IModule
{
    /// <summary>Metadata: the <see cref="WriteOutcome"/> of a written document.</summary>
    public const string OutcomeKey = "xpl.write";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var root = context.Settings.OutputFolder;
        var previous = context.Settings.PreviousOutputFolder;
        var results = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, context.ParallelOptions(), i =>
        {
            var document = inputs[i];
            if (document.Destination is null)
            {
                results[i] = document;
                return;
            }

            var path = Path.GetFullPath(Path.Combine(root, document.Destination));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The destination '{document.Destination}' is outside the output folder.");
            }

            var content = document.Content;
            var unchanged = previous is not null && UnchangedFiles.HasContent(Path.Combine(previous, document.Destination), content.Span);
            if (!unchanged)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content.Span);
            }

            results[i] = document.WithContent(ReadOnlyMemory<byte>.Empty).WithMetadata(OutcomeKey, new WriteOutcome(content.Length, unchanged));
        });
        return Task.FromResult<IReadOnlyList<Document>>(results);
    }
}

/// <summary>What <see cref="WriteFiles"/> did with a document.</summary>
/// <param name="Bytes">The size of the file.</param>
/// <param name="Unchanged">True when the previous site's file has the same bytes, so nothing was written.</param>
public sealed record WriteOutcome(long Bytes, bool Unchanged);
