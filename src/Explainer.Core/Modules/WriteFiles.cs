using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>Writes every document that has a destination into the output folder.</summary>
public sealed class WriteFiles : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var root = context.Settings.OutputFolder;
        await Parallel.ForEachAsync(inputs.Where(d => d.Destination is not null), context.CancellationToken, async (document, ct) =>
        {
            var path = Path.GetFullPath(Path.Combine(root, document.Destination!));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The destination '{document.Destination}' is outside the output folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, document.Content, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return inputs;
    }
}
