using System.Text;

namespace Explainer.Build;

/// <summary>
/// The list of the files a build wrote, kept in the output folder as <see cref="FileName"/>: a
/// build deletes or replaces only the files it names, so that a file anyone else put into the
/// folder (a <c>CNAME</c>, notes, a whole other project) is never lost. One path a line, relative,
/// with forward slashes, in ordinal order, after one comment line: the same site gives the same bytes.
/// </summary>
internal static class OutputManifest
{
    public const string FileName = ".explainer-manifest";

    private const string Header = "# The files explainer wrote here: a build deletes or replaces only these. Do not edit.";

    /// <summary>The paths the manifest of <paramref name="outputFolder"/> names, or null when it has none.</summary>
    public static HashSet<string>? Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            // A path that could leave the folder is not ours to delete, whoever wrote it into the list.
            if (line.Length > 0 && line[0] != '#' && IsSafe(line))
            {
                files.Add(line);
            }
        }

        return files;
    }

    /// <summary>
    /// Writes the manifest naming <paramref name="files"/>, through a temporary file renamed over the
    /// old one, so that the folder always has a whole manifest.
    /// </summary>
    public static void Write(string outputFolder, IEnumerable<string> files)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            text.Append(file).Append('\n');
        }

        var path = Path.Combine(outputFolder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>True for the manifest itself and its temporary file: parts of the folder's bookkeeping, not of the site.</summary>
    public static bool IsOwnFile(string relativePath) =>
        relativePath is FileName or FileName + ".tmp";

    private static bool IsSafe(string relative) =>
        !Path.IsPathRooted(relative) && relative[0] != '/' && relative[^1] != '/' && !relative.Contains('\\', StringComparison.Ordinal)
        && !relative.Contains("//", StringComparison.Ordinal) && !IsDotSegment(relative, 0) && !HasDotSegmentAfterSlash(relative);

    private static bool HasDotSegmentAfterSlash(string relative)
    {
        for (var slash = relative.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = relative.IndexOf('/', slash + 1))
        {
            if (IsDotSegment(relative, slash + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the segment starting at <paramref name="start"/> is <c>.</c> or <c>..</c>.</summary>
    private static bool IsDotSegment(string relative, int start)
    {
        var end = relative.IndexOf('/', start);
        var segment = relative.AsSpan(start, (end < 0 ? relative.Length : end) - start);
        return segment is "." or "..";
    }
}
