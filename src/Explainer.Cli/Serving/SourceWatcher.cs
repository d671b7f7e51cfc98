using System.Threading.Channels;

namespace Explainer.Cli.Serving;

/// <summary>
/// Watches the input and theme folders (FileSystemWatcher, subfolders included) and hands out the
/// changes that matter (<see cref="SourceChangeFilter"/>) in batches: a batch starts with a change
/// and ends once the folders have been quiet for a moment, so that one save is one rebuild.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly string[] _roots;

    /// <param name="folders">The folders to watch; those that do not exist are skipped.</param>
    public SourceWatcher(IEnumerable<string> folders)
    {
        _roots = folders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar)).Distinct().ToArray();
        foreach (var root in _roots.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Offer(e.FullPath);
            watcher.Created += (_, e) => Offer(e.FullPath);
            watcher.Deleted += (_, e) => Offer(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                // An editor's atomic save renames a temporary file onto the real one: the new name counts.
                Offer(e.OldFullPath);
                Offer(e.FullPath);
            };
            // Too many changes at once overflow the watcher's buffer: some were missed, so rebuild.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(root);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Waits for a change that matters, then until <paramref name="quiet"/> has passed without
    /// another; returns the changed paths, in ordinal order.
    /// </summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) };
        do
        {
            while (_changes.Reader.TryRead(out var path))
            {
                batch.Add(path);
            }

            await Task.Delay(quiet, cancellationToken).ConfigureAwait(false);
        }
        while (_changes.Reader.TryPeek(out _));

        return [.. batch];
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Offer(string path)
    {
        if (SourceChangeFilter.Matters(path, _roots))
        {
            _changes.Writer.TryWrite(path);
        }
    }
}
