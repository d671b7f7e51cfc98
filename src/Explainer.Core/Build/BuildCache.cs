using System.Collections.Concurrent;
using Explainer.Modules;
using Explainer.Engine;
using Explainer.Pages;

namespace Explainer.Build;

/// <summary>
/// What one build leaves for the next in the same process, so that <c>explainer serve</c> rebuilds
/// only what a change affects. For each explainer it keeps the stamps of its files
/// (<see cref="FileStamps"/>), its summary (for the index, feed and sitemap) and the files it wrote;
/// an explainer whose files did not change since the last good build is not built again, and its
/// files in the site stay as they are. Images of an explainer that did change are reused while
/// their source file is the same (<see cref="ExplainerOutput.Reuse{T}"/>). A change to anything
/// else (site.yml, the theme, the options) or a missing output folder starts afresh.
/// </summary>
/// <remarks>
/// Only a successful build is remembered (<see cref="Commit"/>): its files are the ones in the
/// output folder. The cache assumes nothing else changes that folder while the session runs.
/// </remarks>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, ExplainerRecord> _pending = new(StringComparer.Ordinal);
    private Dictionary<string, ExplainerRecord> _committed = new(StringComparer.Ordinal);
    private HashSet<string>? _siteFiles;
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private string? _key;
    private int _reused;

    /// <summary>
    /// True when every change below the input folder is passed to <see cref="Invalidate"/> before
    /// the next build (<c>explainer serve</c>'s watcher does): an explainer that no change names is
    /// then taken over without looking at its files' stamps, which in a site of thousands of
    /// explainers is most of a rebuild. A watcher that overflows names the whole input folder.
    /// </summary>
    public bool ChangesReported { get; init; }

    /// <summary>How many explainers the last build took over unchanged.</summary>
    public int ExplainersReused => _reused;

    /// <summary>How many explainers the last build built.</summary>
    public int ExplainersBuilt { get; private set; }

    /// <summary>The theme's templates and strings, read once while the theme does not change.</summary>
    internal (Templates.TemplateCatalog Catalog, UiStrings Strings)? Theme { get; set; }

    /// <summary>The files of the last good build's site, when it is still what the output folder holds.</summary>
    internal IReadOnlySet<string>? SiteFiles => _siteFiles;

    /// <summary>
    /// Starts a build whose site-wide inputs have the stamp <paramref name="key"/>: forgets
    /// everything when that differs from the last good build's or the output folder is gone.
    /// </summary>
    internal void Begin(string key, string outputFolder)
    {
        _pending.Clear();
        _reused = 0;
        if (key != _key || !Directory.Exists(outputFolder))
        {
            _committed = new Dictionary<string, ExplainerRecord>(StringComparer.Ordinal);
            _siteFiles = null;
            Theme = null;
            _key = key;
        }
    }

    /// <summary>
    /// Marks files as changed, whatever their stamps say (a file saved twice within the file
    /// system's timestamp resolution keeps its stamp when its size stays): the explainers holding
    /// them are built again by the next builds, until one succeeds.
    /// </summary>
    public void Invalidate(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _dirty[Path.GetFullPath(path)] = 0;
        }
    }

    /// <summary>True when <see cref="Invalidate"/> marked <paramref name="folder"/>, a file or folder below it, or a folder above it.</summary>
    internal bool IsDirty(string folder)
    {
        if (_dirty.IsEmpty)
        {
            return false;
        }

        foreach (var path in _dirty.Keys)
        {
            if (FolderPath.Contains(folder, path) || FolderPath.Contains(path, folder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The record of the last good build for <paramref name="slug"/>, if any.</summary>
    internal ExplainerRecord? Previous(string slug) => _committed.GetValueOrDefault(slug);

    /// <summary>Notes an explainer this build built (or took over) without errors.</summary>
    internal void Record(string slug, ExplainerRecord record, bool reused)
    {
        _pending[slug] = record;
        if (reused)
        {
            Interlocked.Increment(ref _reused);
        }
    }

    /// <summary>The build succeeded and its site is in the output folder: remember it.</summary>
    internal void Commit(HashSet<string> siteFiles)
    {
        _committed = new Dictionary<string, ExplainerRecord>(_pending, StringComparer.Ordinal);
        ExplainersBuilt = _pending.Count - _reused;
        _siteFiles = siteFiles;
        _pending.Clear();
        _dirty.Clear();
    }

    /// <summary>The build failed: the output folder still holds the last good build, which stays remembered.</summary>
    internal void Abandon()
    {
        ExplainersBuilt = _pending.Count - _reused;
        _pending.Clear();
    }
}

/// <summary>One explainer as a good build left it.</summary>
/// <param name="Stamp">The stamps of the files in its folder.</param>
/// <param name="Files">The files it wrote.</param>
/// <param name="Reusable">Outputs that a rebuild of the explainer may take over, by the stamps of their sources.</param>
internal sealed record ExplainerRecord(
    string Stamp,
    ExplainerSummary Summary,
    WrittenFiles Files,
    IReadOnlyDictionary<string, ReusableOutput> Reusable);
