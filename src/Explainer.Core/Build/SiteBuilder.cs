using System.Diagnostics;
using System.Globalization;
using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Pages;
using Explainer.Site;
using Explainer.Templates;
using Explainer.Publishing;

namespace Explainer.Build;

/// <summary>What to build, from where, to where.</summary>
/// <param name="InputFolder">The content folder (site.yml and one folder per explainer).</param>
/// <param name="OutputFolder">The site folder; updated only when the build succeeds, and only in the files the build wrote (see <see cref="OutputFolder"/>).</param>
/// <param name="ThemeFolder">The theme (layouts, partials, assets, i18n).</param>
/// <param name="BaseUrl">The public URL the site is published at, e.g. https://org.github.io/repo/.</param>
/// <param name="DisplayRoot">Paths in error messages are relative to this folder (default: the current folder).</param>
/// <param name="MaxDegreeOfParallelism">How many explainers are worked on at once: -1 uses every core, 1 builds sequentially.</param>
/// <param name="Cache">What the last build in this process left (explainer serve): unchanged explainers are not built again.</param>
/// <param name="ImageCacheFolder">Where encoded images are kept between builds (<see cref="ImageCache"/>); null keeps them for this build only.</param>
/// <param name="Clean">Take over an output folder the build did not write: delete every file in it that is not part of the site (<c>--clean</c>).</param>
public sealed record BuildOptions(
    string InputFolder,
    string OutputFolder,
    string ThemeFolder,
    Uri? BaseUrl = null,
    string? DisplayRoot = null,
    int MaxDegreeOfParallelism = -1,
    BuildCache? Cache = null,
    string? ImageCacheFolder = null,
    bool Clean = false);

/// <summary>The outcome of a build: its errors, or what it wrote.</summary>
/// <param name="FilesWritten">The files of the new site.</param>
/// <param name="BytesWritten">Their size.</param>
/// <param name="FilesUnchanged">How many of them had the same bytes as in the previous site and were kept as they were.</param>
/// <param name="Pages">What the build recorded of each page it wrote, for the summary's budgets (<see cref="PageCeilings"/>).</param>
/// <param name="SiteFiles">The paths of the new site's files (relative, forward slashes), so that nothing has to search the output for them.</param>
/// <param name="Warnings">What the build noticed but did not stop for: map labels with no room, files in the output folder that it did not write and left alone.</param>
/// <param name="Site">The site as the build resolved it (site.yml and the public URL), so that nothing reads site.yml again; null when site.yml could not be read or the build stopped before.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int FilesWritten,
    long BytesWritten,
    TimeSpan Elapsed,
    int FilesUnchanged = 0,
    IReadOnlySet<string>? SiteFiles = null,
    IReadOnlyList<Diagnostic>? Warnings = null,
    ResolvedSite? Site = null,
    IReadOnlyDictionary<string, PageCeiling>? Pages = null)
{
    public bool Succeeded => Diagnostics.Count == 0;
}

/// <summary>
/// Builds a site: checks the folders, loads the theme once, runs the pipelines into a staging
/// folder beside the output, and commits it only when there was no error, so that a failed build
/// leaves the last good site untouched. Files whose bytes did not change are not written at all
/// (see <see cref="SiteWriter"/>): they keep their modification times.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>Receives one line per pipeline and phase.</summary>
    public Action<string>? PhaseLog { get; init; }

    /// <summary>Receives module log lines.</summary>
    public Action<string>? DetailLog { get; init; }

    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var input = Path.GetFullPath(options.InputFolder);
        var output = Path.GetFullPath(options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var theme = Path.GetFullPath(options.ThemeFolder);
        var settings = new BuildSettings(input, output, theme) { DisplayRoot = options.DisplayRoot };

        if (!Directory.Exists(input))
        {
            diagnostics.Add(new SourceLocation(settings.DisplayPath(input), 1, 1), ErrorCodes.InputFolderMissing, "the input folder does not exist");
        }

        if (!Directory.Exists(theme))
        {
            diagnostics.Add(new SourceLocation(settings.DisplayPath(theme), 1, 1), ErrorCodes.ThemeMissing, "the theme folder does not exist");
        }

        if (FolderPath.Contains(input, output) || FolderPath.Contains(theme, output) || FolderPath.Contains(output, input))
        {
            diagnostics.Add(new SourceLocation(settings.DisplayPath(output), 1, 1), ErrorCodes.OutputFolderInvalid,
                "the output folder must not be the input or theme folder, nor inside or around them");
        }
        else if (File.Exists(output))
        {
            diagnostics.Add(new SourceLocation(settings.DisplayPath(output), 1, 1), ErrorCodes.OutputFolderInvalid,
                "the output folder is a file; name a folder (a new one, or one explainer built into)");
        }

        if (diagnostics.HasErrors)
        {
            return Result(diagnostics, watch, null);
        }

        // site.yml is read once, here, and its errors reported with the explainers' (below): a build
        // that stops earlier still tells serve the site's base path.
        var siteErrors = new DiagnosticBag();
        var site = SiteFile.Load(settings, siteErrors) is { } siteFile ? ResolvedSite.Of(siteFile, options.BaseUrl) : null;
        InputLayout.Check(settings, diagnostics);
        var cache = options.Cache;
        cache?.Begin(CacheKey(options, input, output, theme), output);

        // In serve, after a good build of this session, the folders need not be read whole: the
        // watcher names every change of the input, and the cache knows the site's files.
        var known = cache?.SiteFiles;
        var folders = Stopwatch.StartNew();
        InputLinks.Check(settings, diagnostics, known is not null && cache!.ChangesReported ? cache.IsDirty : null);
        var links = folders.Elapsed;
        var outputFolder = known is null ? OutputFolder.Inspect(output) : OutputFolder.Known(output, known);
        if (!options.Clean && outputFolder.Refusal(settings.DisplayPath(output)) is { } refusal)
        {
            diagnostics.Add(refusal);
        }

        PhaseLog?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"Folders: input checked in {links.TotalMilliseconds:F1} ms; output holds {outputFolder.Manifest?.Count ?? 0} file(s) of the last build and {outputFolder.Foreign.Count} other(s), read in {(folders.Elapsed - links).TotalMilliseconds:F1} ms"));
        if (diagnostics.HasErrors)
        {
            return Result(diagnostics, watch, site);
        }

        var (catalog, strings) = cache?.Theme ?? (TemplateCatalog.Load(theme, settings.DisplayPath, diagnostics), UiStrings.Load(theme, settings.DisplayPath, diagnostics));
        if (diagnostics.HasErrors)
        {
            return Result(diagnostics, watch, site);
        }

        if (cache is not null)
        {
            cache.Theme = (catalog, strings);
        }

        // site.yml's errors do not stop the build here: the explainers are still read and checked,
        // so that every error is reported at once (see BuildExplainers).
        diagnostics.AddRange(siteErrors.ToSortedList());
        StagingFolder staging;
        try
        {
            staging = StagingFolder.Create(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new SourceLocation(settings.DisplayPath(output), 1, 1), ErrorCodes.OutputFolderInvalid, $"the output folder cannot be written: {ex.Message}");
            return Result(diagnostics, watch, site);
        }

        using var images = ImageCache.Open(options.ImageCacheFolder);
        var buildWarnings = new BuildWarnings();
        try
        {
            var stagingSettings = new BuildSettings(input, staging.Path, theme)
                {
                    DisplayRoot = options.DisplayRoot,
                    MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                    PreviousOutputFolder = Directory.Exists(output) ? output : null,
                    PreviousSiteFiles = outputFolder.Manifest,
                }
                .WithService(catalog)
                .WithService(strings)
                .WithService(images)
                .WithService(buildWarnings);
            var pages = new PageCeilings();
            var writer = new SiteWriter(stagingSettings, pages.Record);
            stagingSettings.WithService(writer);
            if (site is not null)
            {
                stagingSettings.WithService(site);
            }

            if (cache is not null)
            {
                stagingSettings.WithService(cache);
            }

            var engine = new PipelineEngine(SitePipelines.Create()) { PhaseLog = PhaseLog, DetailLog = DetailLog };
            var result = await engine.RunAsync(stagingSettings, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded || diagnostics.HasErrors)
            {
                cache?.Abandon();
                diagnostics.AddRange(result.Diagnostics);
                return Result(diagnostics, watch, site);
            }

            var written = writer.Files;
            var siteFiles = written.Paths.ToHashSet(StringComparer.Ordinal);
            if (!options.Clean)
            {
                foreach (var file in outputFolder.InTheWayOf(siteFiles))
                {
                    diagnostics.Add(SourceLocation.File(settings.DisplayPath(Path.Combine(output, file))), ErrorCodes.OutputFileInTheWay,
                        "explainer did not write this file, and the site puts a file or folder here; nothing was touched. Move it away, or pass --clean to replace it");
                }

                if (diagnostics.HasErrors)
                {
                    cache?.Abandon();
                    return Result(diagnostics, watch, site);
                }
            }

            var unchanged = written.Unchanged;
            var commit = Stopwatch.StartNew();
            // With --clean, the other files count as the last build's: whatever the new site lacks goes.
            IReadOnlySet<string> removable = options.Clean
                ? new HashSet<string>([.. outputFolder.Manifest ?? new HashSet<string>(), .. outputFolder.Foreign], StringComparer.Ordinal)
                : outputFolder.Manifest ?? new HashSet<string>(StringComparer.Ordinal);

            try
            {
                staging.CommitTo(output, siteFiles, removable);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Not the content's fault: a file held open or a folder without write permission.
                cache?.Abandon();
                diagnostics.Add(new SourceLocation(settings.DisplayPath(output), 1, 1), ErrorCodes.OutputFolderInvalid,
                    $"the site could not be written into the output folder: {ex.Message}");
                return Result(diagnostics, watch, site);
            }

            cache?.Commit(siteFiles);
            PhaseLog?.Invoke($"Commit: {siteFiles.Count - unchanged} new or changed file(s) into {output} in {commit.ElapsedMilliseconds} ms");
            var warnings = buildWarnings.ToSortedList().Concat(options.Clean ? [] : outputFolder.LeftAlone(settings.DisplayPath)).ToList();
            return new BuildResult([], siteFiles.Count, written.Bytes, watch.Elapsed, unchanged, siteFiles, warnings, site, pages.Pages);
        }
        catch
        {
            cache?.Abandon();
            throw;
        }
        finally
        {
            staging.Dispose();
        }
    }

    /// <summary>
    /// The error a build gives for an output folder that holds files it did not write and no
    /// manifest (see <see cref="OutputFolder"/>), or null when it may build into it. <c>explainer
    /// serve</c> asks before it serves the folder.
    /// </summary>
    public static Diagnostic? OutputFolderRefusal(string outputFolder, bool clean, string? displayRoot = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);

        // A folder with a manifest is never refused: it is not read here, only by the build.
        if (clean || File.Exists(Path.Combine(output, OutputManifest.FileName)))
        {
            return null;
        }

        var display = Path.GetRelativePath(displayRoot ?? Environment.CurrentDirectory, output).Replace('\\', '/');
        return OutputFolder.Inspect(output).Refusal(display);
    }

    /// <summary>The stamp of everything every page depends on: site.yml, the theme, the folders and the base URL.</summary>
    private static string CacheKey(BuildOptions options, string input, string output, string theme) =>
        string.Join('\n', input, output, options.BaseUrl?.AbsoluteUri, FileStamps.Of(Path.Combine(input, SiteFile.FileName)), FileStamps.OfFolder(theme));

    private static BuildResult Result(DiagnosticBag diagnostics, Stopwatch watch, ResolvedSite? site) =>
        new(diagnostics.ToSortedList(), 0, 0, watch.Elapsed, Site: site);
}
