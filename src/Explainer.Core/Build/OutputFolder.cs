using System.Globalization;
using System.IO.Enumeration;
using Explainer.Diagnostics;

namespace Explainer.Build;

/// <summary>
/// The output folder as a build finds it: the files the last build wrote (named in its
/// <see cref="OutputManifest"/>) and the others, which are not the build's to delete or replace.
/// A folder with other files and no manifest is not a site built here and is refused, unless the
/// build is told to clean it (<c>--clean</c>).
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>How many foreign files an error or the warnings name one by one.</summary>
    private const int Named = 5;

    /// <summary>False when the folder was not read (<see cref="Known"/>): other files are then looked for only where the site puts its new ones.</summary>
    private readonly bool _read;

    private OutputFolder(string path, IReadOnlySet<string>? manifest, IReadOnlyList<string> foreign, bool read = true)
    {
        Path = path;
        Manifest = manifest;
        Foreign = foreign;
        _read = read;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The files the last build wrote, or null when the folder has no manifest.</summary>
    public IReadOnlySet<string>? Manifest { get; }

    /// <summary>The files (and symbolic links) in the folder that the manifest does not name, relative, in ordinal order.</summary>
    public IReadOnlyList<string> Foreign { get; }

    /// <summary>Reads the manifest and lists the folder's files; a folder that does not exist is empty.</summary>
    public static OutputFolder Inspect(string path)
    {
        if (!Directory.Exists(path))
        {
            return new OutputFolder(path, null, []);
        }

        var manifest = OutputManifest.Read(path);
        var foreign = Files(path)
            .Where(f => !OutputManifest.IsOwnFile(f) && manifest?.Contains(f) != true)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new OutputFolder(path, manifest, foreign);
    }

    /// <summary>
    /// The folder whose files the last build of this process wrote, without reading it (serve,
    /// where reading tens of thousands of files would cost more than a rebuild): files someone
    /// else put there since are found only where they stand in the way of the new site.
    /// </summary>
    public static OutputFolder Known(string path, IReadOnlySet<string> siteFiles) => new(path, siteFiles, [], read: false);

    /// <summary>
    /// The error for a folder that holds files but no manifest, naming the first few; null when the
    /// build may write into it.
    /// </summary>
    public Diagnostic? Refusal(string displayPath)
    {
        if (Manifest is not null || Foreign.Count == 0)
        {
            return null;
        }

        var named = string.Join(", ", Foreign.Take(Named));
        var more = Foreign.Count > Named ? string.Create(CultureInfo.InvariantCulture, $" and {Foreign.Count - Named} more") : string.Empty;
        return Diagnostic.At(SourceLocation.File(displayPath), ErrorCodes.OutputFolderNotOurs, string.Create(CultureInfo.InvariantCulture,
            $"the output folder holds {Foreign.Count} file(s) that explainer did not write ({named}{more}) and no {OutputManifest.FileName}; nothing was touched. Build into a new or empty folder, or pass --clean to delete every file in it that is not part of the site"));
    }

    /// <summary>
    /// The foreign files that stand where the site puts a file, or that a site file or folder
    /// would have to replace: replacing them would lose them.
    /// </summary>
    public IEnumerable<string> InTheWayOf(IReadOnlySet<string> siteFiles)
    {
        if (!_read)
        {
            return InTheWayOfNewFiles(siteFiles);
        }

        if (Foreign.Count == 0)
        {
            return [];
        }

        var siteFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in siteFiles)
        {
            for (var slash = file.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.IndexOf('/', slash + 1))
            {
                siteFolders.Add(file[..slash]);
            }
        }

        return Foreign.Where(f => siteFiles.Contains(f) || siteFolders.Contains(f) || Ancestors(f).Any(siteFiles.Contains));
    }

    /// <summary>One warning for each foreign file the build leaves alone (the first few, then one for the rest).</summary>
    public IReadOnlyList<Diagnostic> LeftAlone(Func<string, string> displayPath)
    {
        var warnings = Foreign.Take(Named)
            .Select(f => Diagnostic.Warning(SourceLocation.File(displayPath(System.IO.Path.Combine(Path, f))), ErrorCodes.OutputFileLeftAlone,
                "explainer did not write this file; it is left alone"))
            .ToList();
        if (Foreign.Count > Named)
        {
            warnings.Add(Diagnostic.Warning(SourceLocation.File(displayPath(Path)), ErrorCodes.OutputFileLeftAlone, string.Create(CultureInfo.InvariantCulture,
                $"{Foreign.Count - Named} more file(s) that explainer did not write are left alone")));
        }

        return warnings;
    }

    /// <summary>
    /// <see cref="InTheWayOf"/> for a folder that was not read: only the site's files that the last
    /// build did not have, and the folders above them, can meet another file.
    /// </summary>
    private List<string> InTheWayOfNewFiles(IReadOnlySet<string> siteFiles)
    {
        var ours = Manifest!;
        var inTheWay = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in siteFiles.Where(f => !ours.Contains(f)))
        {
            var full = System.IO.Path.Combine(Path, file);
            if (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
            {
                inTheWay.Add(file);
            }
            else if (Directory.Exists(full))
            {
                // A folder of the last site may become a file; one holding other files may not.
                inTheWay.UnionWith(Files(full).Select(f => $"{file}/{f}").Where(f => !ours.Contains(f)));
            }

            foreach (var folder in Ancestors(file).Where(a => !ours.Contains(a)))
            {
                if (File.Exists(System.IO.Path.Combine(Path, folder)))
                {
                    inTheWay.Add(folder);
                }
            }
        }

        return [.. inTheWay];
    }

    /// <summary>Every file and symbolic link below <paramref name="root"/>, relative with forward slashes; links are not followed.</summary>
    private static FileSystemEnumerable<string> Files(string root)
    {
        var prefix = root.Length + 1;
        return new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath()[prefix..].Replace('\\', '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry),
        };
    }

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private static IEnumerable<string> Ancestors(string relative)
    {
        for (var slash = relative.LastIndexOf('/'); slash > 0; slash = relative.LastIndexOf('/', slash - 1))
        {
            yield return relative[..slash];
        }
    }
}
