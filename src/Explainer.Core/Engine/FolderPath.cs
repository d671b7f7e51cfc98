namespace Explainer.Engine;

/// <summary>
/// Whether a path stays inside a folder: the one check that guards the output folder, the input
/// folder's links, the served folder and the watched folders. Both paths are made full first
/// (<c>..</c> and <c>.</c> resolved, relative paths taken from the current directory) and compared
/// without trailing separators, so <c>/a/b/</c> is <c>/a/b</c> and <c>/a/bc</c> is not inside <c>/a/b</c>.
/// Symbolic links are not followed: a caller that must follow them resolves them first.
/// </summary>
public static class FolderPath
{
    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> itself or lies below it.</summary>
    public static bool Contains(string folder, string path)
    {
        var (full, within) = (Full(folder), Full(path));
        return within == full || IsBelowFull(full, within);
    }

    /// <summary>True when <paramref name="path"/> lies below <paramref name="folder"/>; the folder itself is not below it.</summary>
    public static bool IsBelow(string folder, string path) => IsBelowFull(Full(folder), Full(path));

    private static bool IsBelowFull(string folder, string path) =>
        path.Length > folder.Length
        && path.StartsWith(folder, StringComparison.Ordinal)
        && (Path.EndsInDirectorySeparator(folder) || path[folder.Length] == Path.DirectorySeparatorChar); // a root such as "/" keeps its separator

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
