namespace Explainer;

/// <summary>
/// A folder beside the output that a build writes into; the output is not touched until
/// <see cref="CommitTo"/>, so a failed build leaves the last site as it was. Disposing removes
/// what is left of the folder.
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

    /// <summary>
    /// Makes <paramref name="output"/> the site whose files are <paramref name="siteFiles"/> (relative
    /// paths, forward slashes). Without an earlier site, this folder is renamed into place. Otherwise
    /// the earlier site is updated: files not in the new site are removed, the files in this folder
    /// (new or changed) are renamed over the old ones, each in one step, and files that did not change
    /// are left alone, with their modification times. Nothing is deleted and made again, which on
    /// large sites costs more than the build (docs/performance.md). When the earlier site's files are
    /// known (<paramref name="previousFiles"/>, from <see cref="BuildCache"/>), the output folder is
    /// not searched for the files to remove.
    /// </summary>
    public void CommitTo(string output, IReadOnlySet<string> siteFiles, IReadOnlySet<string>? previousFiles = null)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(Path, output);
            return;
        }

        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var earlier = previousFiles
            ?? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Relative(output, f));
        foreach (var relative in earlier)
        {
            if (siteFiles.Contains(relative))
            {
                continue;
            }

            var file = System.IO.Path.Combine(output, relative);
            if (File.Exists(file))
            {
                File.Delete(file);
                emptied.Add(System.IO.Path.GetDirectoryName(file)!);
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(output, System.IO.Path.GetRelativePath(Path, file));
            if (Directory.Exists(target))
            {
                // A folder of the old site is a file now; everything in it was removed above.
                Directory.Delete(target, recursive: true);
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }

        RemoveEmptyFolders(emptied, output);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static string Relative(string root, string path) => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Removes the folders that lost files and are empty now, and their parents that became empty, up to <paramref name="root"/>.</summary>
    private static void RemoveEmptyFolders(IEnumerable<string> folders, string root)
    {
        foreach (var start in folders.OrderByDescending(f => f.Length))
        {
            for (var folder = start; folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = System.IO.Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
        }
    }
}
