namespace Explainer;

/// <summary>
/// A folder beside the output that a build writes into. <see cref="CommitTo"/> swaps it in by
/// renaming (same file system, so the site is never half written); disposing removes what is left.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private StagingFolder(string path) => Path = path;

    public string Path { get; }

    public static StagingFolder Create(string output)
    {
        var parent = System.IO.Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new StagingFolder(path);
    }

    /// <summary>Replaces <paramref name="output"/> by this folder.</summary>
    public void CommitTo(string output)
    {
        string? old = null;
        if (Directory.Exists(output))
        {
            old = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, $".{System.IO.Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
            Directory.Move(output, old);
        }

        Directory.Move(Path, output);
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
