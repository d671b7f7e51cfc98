using System.IO.Enumeration;
using Explainer.Diagnostics;
using Explainer.Engine;

namespace Explainer.Build;

/// <summary>
/// Refuses symbolic links in the input folder that lead outside it: the build publishes what the
/// input folder holds, and a link must not bring in a file from anywhere else on the machine
/// (a key, a home folder). Links within the input folder are fine.
/// </summary>
internal static class InputLinks
{
    /// <param name="mayHaveChanged">
    /// When given (serve, after a good build), only the input's own entries and the folders it says
    /// may have changed since are read: the others were checked by an earlier build.
    /// </param>
    public static void Check(BuildSettings settings, DiagnosticBag diagnostics, Func<string, bool>? mayHaveChanged = null)
    {
        string? realInput = null;
        foreach (var link in Links(settings.InputFolder, mayHaveChanged))
        {
            realInput ??= RealPath(settings.InputFolder);
            var location = SourceLocation.File(settings.DisplayPath(link));
            string target;
            try
            {
                target = RealPath(link);
            }
            catch (IOException ex)
            {
                diagnostics.Add(location, ErrorCodes.LinkLeavesInput, $"a symbolic link that cannot be followed ({ex.Message})");
                continue;
            }

            if (!FolderPath.Contains(realInput, target))
            {
                diagnostics.Add(location, ErrorCodes.LinkLeavesInput,
                    $"a symbolic link that leads outside the input folder (to {target}); only files inside the input folder are published: copy the file in instead");
            }
        }
    }

    /// <summary>
    /// The path with every symbolic link in it followed, as the operating system would open it.
    /// Throws IOException for a loop of links.
    /// </summary>
    internal static string RealPath(string path) => RealPath(path, depth: 0);

    private static string RealPath(string path, int depth)
    {
        // As Linux does (MAXSYMLINKS): a loop through a link's folders would otherwise never end.
        if (depth > 40)
        {
            throw new IOException("too many levels of symbolic links");
        }

        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetPathRoot(full)!;
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            var target = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true);

            // A link's target may itself lie below links (a relative target, a linked folder): follow those too.
            real = target is null ? next : RealPath(target.FullName, depth + 1);
        }

        return real;
    }

    /// <summary>
    /// The symbolic links below <paramref name="folder"/>, not followed; Git's folder is not read.
    /// With <paramref name="mayHaveChanged"/>, of <paramref name="folder"/>'s own folders only those it names are read.
    /// </summary>
    private static FileSystemEnumerable<string> Links(string folder, Func<string, bool>? mayHaveChanged = null) =>
        new(folder, (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => IsLink(entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                !IsLink(entry) && !entry.FileName.SequenceEqual(".git")
                && (mayHaveChanged is null || !entry.Directory.SequenceEqual(folder) || mayHaveChanged(entry.ToFullPath())),
        };

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
