namespace Explainer.Modules;

/// <summary>
/// Files of the site as <see cref="SiteWriter"/> wrote (or kept) them: their paths, their total
/// size, and how many of them the previous site already held with the same bytes, so they were not
/// written. The one shape of a write's outcome: of one file, of an explainer's files, of the site.
/// </summary>
public sealed record WrittenFiles(IReadOnlyList<string> Paths, long Bytes, int Unchanged)
{
    /// <summary>The same files, all left as they are in the site.</summary>
    public WrittenFiles Kept() => this with { Unchanged = Paths.Count };
}

/// <summary>Adds <see cref="WrittenFiles"/> up as files are written (not thread-safe: one per explainer, or behind a lock).</summary>
public sealed class FileTally
{
    private readonly List<string> _paths = [];
    private long _bytes;
    private int _unchanged;

    public void Add(WrittenFiles files)
    {
        _paths.AddRange(files.Paths);
        _bytes += files.Bytes;
        _unchanged += files.Unchanged;
    }

    public WrittenFiles ToWrittenFiles() => new([.. _paths], _bytes, _unchanged);
}
