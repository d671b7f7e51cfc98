using Explainer.Engine;

namespace Explainer.Cli.Serving;

/// <summary>
/// Which file-system changes can change the site: those below the input or theme folder, except
/// editors' temporary, swap and backup files, and hidden files and folders (the build reads none
/// of them). A save in an editor then costs one rebuild, and a swap file none.
/// </summary>
public static class SourceChangeFilter
{
    private static readonly string[] TemporaryExtensions = [".swp", ".swo", ".swx", ".tmp", ".temp", ".bak", ".part", ".crdownload"];
    private static readonly string[] TemporaryNames = ["4913", "Thumbs.db", "desktop.ini"]; // 4913: Vim's probe before it writes

    /// <summary>Whether a change of <paramref name="fullPath"/> (file or folder) can change the site built from <paramref name="roots"/>.</summary>
    public static bool Matters(string fullPath, IEnumerable<string> roots)
    {
        var root = roots.Select(r => Path.GetFullPath(r).TrimEnd(Path.DirectorySeparatorChar))
            .FirstOrDefault(r => FolderPath.Contains(r, fullPath));
        if (root is null)
        {
            return false;
        }

        if (fullPath == root)
        {
            return true; // the folder itself went or came back
        }

        var segments = fullPath[(root.Length + 1)..].Split(Path.DirectorySeparatorChar);
        return !segments.Any(s => s.StartsWith('.')) && !IsEditorFile(segments[^1]);
    }

    /// <summary>Vim's <c>.x.swp</c> and <c>4913</c>, Emacs's <c>#x#</c> and <c>.#x</c>, <c>x~</c> backups, JetBrains' safe-write copies.</summary>
    public static bool IsEditorFile(string name) =>
        name.EndsWith('~')
        || name.StartsWith('.')
        || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
        || name.Contains("___jb_", StringComparison.Ordinal)
        || TemporaryNames.Contains(name, StringComparer.OrdinalIgnoreCase)
        || TemporaryExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
}
