using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// Reads files below a folder that match a pattern such as <c>*/article.md</c>, in ordinal path
/// order, after the documents it is given. Sources are relative to the root folder, with forward slashes.
/// With <paramref name="readContent"/> false, the documents only name the files (for modules that
/// read each file when they come to it, so that a build does not hold them all).
/// </summary>
public sealed class ReadFiles(string pattern, Func<BuildSettings, string>? root = null, string mediaType = "text/plain", bool readContent = true) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var folder = root?.Invoke(context.Settings) ?? context.Settings.InputFolder;
        if (!Directory.Exists(folder))
        {
            return Task.FromResult(inputs);
        }

        var files = Match(folder, pattern).Order(StringComparer.Ordinal).ToList();
        var documents = new Document[files.Count];

        // Small files: a synchronous read costs less than an asynchronous one's hand-offs.
        Parallel.For(0, files.Count, context.ParallelOptions(), i =>
            documents[i] = Document.Create(files[i], null, mediaType, readContent ? File.ReadAllBytes(Path.Combine(folder, files[i])) : ReadOnlyMemory<byte>.Empty));
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. documents]);
    }

    /// <summary>Relative paths below <paramref name="folder"/> matching a pattern whose segments may hold * and ?.</summary>
    private static IEnumerable<string> Match(string folder, string pattern)
    {
        var segments = pattern.Split('/');
        IEnumerable<string> current = [string.Empty];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            current = current.SelectMany(prefix =>
            {
                var dir = Path.Combine(folder, prefix);
                if (!Directory.Exists(dir))
                {
                    return [];
                }

                // A plain name (article.md in */article.md) is looked up, not searched for: one call per folder.
                var found = last && segment.AsSpan().IndexOfAny('*', '?') < 0
                    ? (File.Exists(Path.Combine(dir, segment)) ? [Path.Combine(dir, segment)] : [])
                    : last ? Directory.EnumerateFiles(dir, segment) : Directory.EnumerateDirectories(dir, segment);
                return found
                    .Where(p => !Path.GetFileName(p).StartsWith('.'))
                    .Select(p => (prefix.Length == 0 ? string.Empty : prefix + "/") + Path.GetFileName(p));
            });
        }

        return current;
    }
}
