using System.Globalization;
using System.Text;

namespace Explainer.Modules;

/// <summary>
/// Cheap fingerprints of source files, from their size and modification time (no reading): enough
/// to tell, within one <c>explainer serve</c> session, whether a file was saved since the last build.
/// </summary>
public static class FileStamps
{
    /// <summary>The stamp of one file; "-" when it does not exist.</summary>
    public static string Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? Stamp(info) : "-";
    }

    /// <summary>The stamp of every file below a folder, in ordinal path order; "-" when the folder does not exist.</summary>
    public static string OfFolder(string folder)
    {
        var root = new DirectoryInfo(folder);
        if (!root.Exists)
        {
            return "-";
        }

        var files = root.EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f.FullName), f))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var (path, info) in files)
        {
            text.Append(path).Append('|').Append(Stamp(info)).Append('\n');
        }

        return text.ToString();
    }

    private static string Stamp(FileInfo info) =>
        string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{info.LastWriteTimeUtc.Ticks}");
}
