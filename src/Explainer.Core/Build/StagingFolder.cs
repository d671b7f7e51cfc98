namespace Explainer.Build;

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
    /// paths, forward slashes), and its <see cref="OutputManifest"/> name them. Without an earlier
    /// folder, this folder is renamed into place. Otherwise the folder is updated: the files of
    /// <paramref name="removable"/> (the earlier site's, from its manifest) that the new site does
    /// not have are removed, the files in this folder (new or changed) are renamed over the old ones,
    /// each in one step, and files that did not change are left alone, with their modification
    /// times. Nothing else in the folder is touched; the caller has made sure that no other file
    /// stands in the way (<see cref="OutputFolder.InTheWayOf"/>). Nothing is deleted and made again,
    /// which on large sites costs more than the build (docs/performance.md).
    /// </summary>
    public void CommitTo(string output, IReadOnlySet<string> siteFiles, IReadOnlySet<string> removable)
    {
        if (!Directory.Exists(output))
        {
            OutputManifest.Write(Path, siteFiles);
            Directory.Move(Path, output);
            return;
        }

        // Should the commit stop half-way, the manifest still names every file it may have written.
        if (!siteFiles.IsSubsetOf(removable))
        {
            OutputManifest.Write(output, removable.Union(siteFiles));
        }

        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in removable)
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
                // A folder of the old site is a file now; its files were removed above, and any
                // other file in it would have stopped the build before the commit.
                if (Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Any())
                {
                    throw new IOException($"'{target}' holds files that explainer did not write; it was left as it was");
                }

                Directory.Delete(target, recursive: true);
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }

        RemoveEmptyFolders(emptied, output);

        // The same files as before: the manifest keeps its bytes and its modification time.
        if (!siteFiles.SetEquals(removable))
        {
            OutputManifest.Write(output, siteFiles);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

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
