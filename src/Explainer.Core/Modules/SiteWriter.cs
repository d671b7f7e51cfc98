using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// The one place a build writes the site's files, and its one record of them: every file goes
/// through <see cref="Write"/> (the site-wide pages through <see cref="WriteFiles"/>, an
/// explainer's as soon as they are made, through <see cref="ExplainerOutput"/>), and every
/// file of the previous site taken over as it is through <see cref="Keep"/>. A file whose bytes equal
/// the previous site's (<see cref="BuildSettings.PreviousOutputFolder"/>) is not written: it stays as
/// it is, with its modification time. <c>SiteBuilder</c> registers one per build as a service
/// and reads <see cref="Files"/> when the pipelines are done.
/// </summary>
/// <param name="written">Called with every file written (the build's budgets learn the pages from it).</param>
public sealed class SiteWriter(BuildSettings settings, SiteWriter.FileWritten? written = null)
{
    /// <summary>Told of a file of the site as it is written (or found unchanged).</summary>
    public delegate void FileWritten(string destination, ReadOnlySpan<byte> content);

    private readonly FileTally _site = new();

    /// <summary>Every file written or kept so far: the new site, once the pipelines are done.</summary>
    public WrittenFiles Files
    {
        get
        {
            lock (_site)
            {
                return _site.ToWrittenFiles();
            }
        }
    }

    /// <summary>The build's writer, registered by <c>SiteBuilder</c> (or a test).</summary>
    public static SiteWriter Of(BuildSettings settings) => settings.GetService<SiteWriter>();

    /// <summary>
    /// Writes one file of the site into the output folder, unless the previous site holds the same
    /// bytes at <paramref name="destination"/> (a relative path with forward slashes).
    /// </summary>
    public WrittenFiles Write(string destination, ReadOnlySpan<byte> content)
    {
        var root = settings.OutputFolder;
        var path = Path.GetFullPath(Path.Combine(root, destination));
        if (!FolderPath.IsBelow(root, path))
        {
            throw new InvalidOperationException($"The destination '{destination}' is outside the output folder.");
        }

        var previous = settings.PreviousOutputFolder;
        var unchanged = previous is not null && settings.PreviousSiteFiles?.Contains(destination) == true
            && UnchangedFiles.HasContent(Path.Combine(previous, destination), content);
        if (!unchanged)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // Open, write, close: File.WriteAllBytes also reserves the size first (a truncate), a
            // system call more for each of a site's tens of thousands of small files.
            using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(file, content, fileOffset: 0);
        }

        written?.Invoke(destination, content);
        var files = new WrittenFiles([destination], content.Length, unchanged ? 1 : 0);
        Record(files);
        return files;
    }

    /// <summary>
    /// Takes files of the previous site over as they are (serve's incremental build: an unchanged
    /// explainer, or an unchanged image of a changed one); returns them as kept.
    /// </summary>
    public WrittenFiles Keep(WrittenFiles files)
    {
        var kept = files.Kept();
        Record(kept);
        return kept;
    }

    private void Record(WrittenFiles files)
    {
        lock (_site)
        {
            _site.Add(files);
        }
    }
}
