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
        var results = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, context.ParallelOptions(), i =>
        {
            var document = inputs[i];
            results[i] = document.Destination is null ? document : Written(document, Write(context.Settings, document.Destination, document.Content.Span));
        });
        return Task.FromResult<IReadOnlyList<Document>>(results);
    }

    /// <summary>
    /// Writes one file of the site into the output folder, unless the previous site holds the same
    /// bytes at <paramref name="destination"/> (a relative path with forward slashes).
    /// </summary>
    public static WriteOutcome Write(BuildSettings settings, string destination, ReadOnlySpan<byte> content)
    {
        var root = settings.OutputFolder;
        var path = Path.GetFullPath(Path.Combine(root, destination));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The destination '{destination}' is outside the output folder.");
        }

        var previous = settings.PreviousOutputFolder;
        var unchanged = previous is not null && settings.PreviousSiteFiles?.Contains(destination) == true
            && UnchangedFiles.HasContent(Path.Combine(previous, destination), content);
        if (!unchanged)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // Open, write, close: File.WriteAllBytes also reserves the size first (a truncate), a
            // system call more for each of a site's tens of thousands of small files.
            using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(file, content, fileOffset: 0);
        }

        return new WriteOutcome(content.Length, unchanged);
    }

    /// <summary>The light document that stands for a written file: no content, its <see cref="WriteOutcome"/>.</summary>
    private static Document Written(Document document, WriteOutcome outcome) =>
        document.WithContent(ReadOnlyMemory<byte>.Empty).WithMetadata(OutcomeKey, outcome);
}

/// <summary>What <see cref="WriteFiles"/> did with a document.</summary>
/// <param name="Bytes">The size of the file.</param>
/// <param name="Unchanged">True when the previous site's file has the same bytes, so nothing was written.</param>
public sealed record WriteOutcome(long Bytes, bool Unchanged);
