using System.Collections.Concurrent;
using System.IO.Compression;

namespace Explainer.Publishing;

/// <summary>
/// The size budgets of a built site: the JavaScript a page loads (at most 3 KB gzipped) and each
/// page with the CSS and JS it links (at most 30 KB gzipped, media left out), measured on the
/// output folder, so the numbers are what a reader downloads; and the host script <c>embed.js</c>.
/// </summary>
public sealed record SiteBudgets(long ScriptGzipBytes, string LargestPage, long LargestPageGzipBytes)
{
    public const long ScriptBudget = 3 * 1024;
    public const long PageBudget = 30 * 1024;

    /// <summary>
    /// <c>embed.js</c>, the script host pages load from its stable URL to fit embeds to their height,
    /// at most 1 KB gzipped: it is loaded by other people's pages, on every page view of theirs.
    /// </summary>
    public const long HostScriptBudget = 1024;

    /// <summary>zlib's highest level, as <c>gzip -9</c> and static hosts compress, and its quickest.</summary>
    private static readonly ZLibCompressionOptions HighestLevel = new() { CompressionLevel = 9 };
    private static readonly ZLibCompressionOptions QuickLevel = new() { CompressionLevel = 3 };

    public bool WithinBudget => ScriptGzipBytes <= ScriptBudget && LargestPageGzipBytes <= PageBudget;

    /// <summary>
    /// The heaviest page (ties: the first in ordinal order) and the most JavaScript a page loads, as
    /// <see cref="MeasurePages"/> gives them, for the summary after every build. Every page is read
    /// for the stylesheets and scripts it links; pages of at least <see cref="WeighedFrom"/> bytes are
    /// compressed at level 3 as they are read (a quarter of level 9's time), and then, highest first,
    /// pages are compressed at level 9 until the next one's ceiling (its level-3 size, or for a small
    /// page its <see cref="GzipBound"/>) with what it links is below the heaviest found. The level-3
    /// size is a ceiling of the level-9 size in practice, not in theory (docs/performance.md), so the
    /// tests hold this to <see cref="MeasurePages"/> on the seed and on generated explainers; the
    /// budgets <c>explainer check</c> fails on are always weighed exactly.
    /// </summary>
    /// <param name="outputFolder">The built site.</param>
    /// <param name="basePath">The site's base path, which the URLs of its assets start with.</param>
    /// <param name="siteFiles">The site's files, relative to it, when the caller knows them (the output is searched otherwise).</param>
    /// <param name="recorded">What the build recorded of the pages it wrote (<see cref="PageCeilings"/>): those are not read unless compressed.</param>
    public static SiteBudgets Measure(string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null, IReadOnlyDictionary<string, PageCeiling>? recorded = null)
    {
        var weigher = new Weigher(outputFolder, basePath, siteFiles);
        var read = weigher.Pages.AsParallel().Select(page => weigher.ReadCeiling(page, recorded?.GetValueOrDefault(page))).ToList();
        if (read.Count == 0)
        {
            return new SiteBudgets(0, string.Empty, 0);
        }

        // Highest ceiling first, on every core: a page whose ceiling is below the heaviest found so
        // far is not compressed.
        // Handed out one at a time (no buffering), so each page is taken only once the pages before
        // it that were weighed have raised the floor.
        long floor = 0;
        var ordered = read.OrderByDescending(p => p.Ceiling).ThenBy(p => p.Page, StringComparer.Ordinal)
            .TakeWhile(p => p.Ceiling >= Volatile.Read(ref floor));
        var weighed = Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering)
            .AsParallel()
            .Select(p => Raise(ref floor, weigher.Read(p.Page)))
            .ToList();
        var heaviest = weighed.OrderByDescending(p => p.GzipBytes).ThenBy(p => p.Page, StringComparer.Ordinal).First();
        return new SiteBudgets(read.Max(p => p.ScriptGzipBytes), heaviest.Page, heaviest.GzipBytes!.Value);
    }

    /// <summary>
    /// The most a page's <see cref="Gzip"/> is taken to be: its level-3 gzip size for a page of at
    /// least <see cref="WeighedFrom"/> bytes (a ceiling in practice), else its <see cref="GzipBound"/>.
    /// </summary>
    public static long Ceiling(ReadOnlySpan<byte> page) => page.Length >= WeighedFrom ? GzipAt(page, QuickLevel) : GzipBound(page.Length);

    /// <summary>Pages of at least this many bytes get a level-3 ceiling in <see cref="Measure"/>; the rest, most of a site's pages (the embed pages), their bound.</summary>
    public const long WeighedFrom = 16 * 1024;

    /// <summary>
    /// The weight of every page (<c>index.html</c> files, in ordinal order): each read, the CSS and
    /// JS it links found, and compressed. The definition <see cref="Measure"/> is held to, and what
    /// <c>explainer check</c> names pages over budget from.
    /// </summary>
    public static IReadOnlyList<PageWeight> MeasurePages(string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null)
    {
        var weigher = new Weigher(outputFolder, basePath, siteFiles);
        return [.. weigher.Pages.AsParallel().AsOrdered().Select(page => weigher.Read(page).Weight)];
    }

    /// <summary>The pages over a budget, in ordinal order.</summary>
    public static IReadOnlyList<PageWeight> PagesOverBudget(string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null) =>
        [.. MeasurePages(outputFolder, basePath, siteFiles).Where(p => !p.WithinBudget)];

    /// <summary>The gzipped size at the highest compression level, as static hosts serve it.</summary>
    public static long Gzip(ReadOnlySpan<byte> bytes) => GzipAt(bytes, HighestLevel);

    private static long GzipAt(ReadOnlySpan<byte> bytes, ZLibCompressionOptions level)
    {
        var counter = new ByteCounter();
        using (var gzip = new GZipStream(counter, level, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return counter.Length;
    }

    /// <summary>
    /// The most <see cref="Gzip"/> can return for <paramref name="length"/> bytes, whatever they are:
    /// zlib's <c>deflateBound</c> for any compression settings (an eighth and a sixty-fourth more,
    /// when nothing compresses), the gzip header and trailer, and room to spare.
    /// </summary>
    internal static long GzipBound(long length) => length + ((length + 7) / 8) + ((length + 63) / 64) + 5 + 18 + 64;

    public static bool IsPage(string path) => path == "index.html" || path.EndsWith("/index.html", StringComparison.Ordinal);

    /// <summary>Raises <paramref name="floor"/> to the weight of <paramref name="read"/>, if it is heavier.</summary>
    private static PageRead Raise(ref long floor, PageRead read)
    {
        for (var seen = Volatile.Read(ref floor); read.GzipBytes > seen; seen = Volatile.Read(ref floor))
        {
            if (Interlocked.CompareExchange(ref floor, read.GzipBytes.Value, seen) == seen)
            {
                break;
            }
        }

        return read;
    }

    /// <summary>A page read: the gzipped size of its JavaScript, and its whole weight with what it links when it was compressed.</summary>
    private sealed record PageRead(string Page, long ScriptGzipBytes, long? GzipBytes, long Ceiling = 0)
    {
        public PageWeight Weight => new(Page, ScriptGzipBytes, GzipBytes ?? throw new InvalidOperationException($"{Page} was not compressed"));
    }

    /// <summary>Finds a site's pages and compresses each of its stylesheets and scripts once: every page links the same few.</summary>
    private sealed class Weigher
    {
        private readonly string _outputFolder;
        private readonly string _basePath;
        private readonly Dictionary<string, long> _assets;

        public Weigher(string outputFolder, string basePath, IEnumerable<string>? siteFiles)
        {
            _outputFolder = outputFolder;
            _basePath = basePath;
            var files = (siteFiles ?? Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(outputFolder, f)))
                .Select(f => f.Replace('\\', '/'))
                .ToList();
            Pages = [.. files.Where(IsPage).Order(StringComparer.Ordinal)];
            _assets = files.Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
                .ToDictionary(f => f, f => Gzip(File.ReadAllBytes(Path.Combine(outputFolder, f))), StringComparer.Ordinal);
        }

        /// <summary>The site's pages (<c>index.html</c> files), relative to it, in ordinal order.</summary>
        public List<string> Pages { get; }

        /// <summary>Reads a page and weighs it, at level 9, with what it links.</summary>
        public PageRead Read(string page)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_outputFolder, page));
            var (scripts, assets) = Linked(bytes);
            return new PageRead(page, scripts, Gzip(bytes) + assets);
        }

        /// <summary>
        /// The JavaScript a page links and the ceiling of its weight with all it links (see
        /// <see cref="Measure"/>): as the build recorded them, or read from the page.
        /// </summary>
        public PageRead ReadCeiling(string page, PageCeiling? recorded)
        {
            if (recorded is null)
            {
                var bytes = File.ReadAllBytes(Path.Combine(_outputFolder, page));
                recorded = new PageCeiling(PageLinks.In(bytes), Ceiling(bytes));
            }

            var (scripts, assets) = Linked(recorded.Links);
            return new PageRead(page, scripts, GzipBytes: null, recorded.Ceiling + assets);
        }

        /// <summary>The gzipped weight of the JavaScript a page links, and of all it links.</summary>
        private (long Scripts, long Assets) Linked(byte[] bytes) => Linked(PageLinks.In(bytes));

        private (long Scripts, long Assets) Linked(IReadOnlyList<string> urls)
        {
            var linked = urls
                .Select(url => url.StartsWith(_basePath, StringComparison.Ordinal) ? url[_basePath.Length..].Split('?', '#')[0] : null)
                .OfType<string>()
                .Where(_assets.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return (linked.Where(f => f.EndsWith(".js", StringComparison.Ordinal)).Sum(f => _assets[f]), linked.Sum(f => _assets[f]));
        }
    }
}

/// <summary>One page's gzipped weight: its JavaScript, and the page with all the CSS and JS it links.</summary>
public sealed record PageWeight(string Page, long ScriptGzipBytes, long GzipBytes)
{
    public bool ScriptWithinBudget => ScriptGzipBytes <= SiteBudgets.ScriptBudget;

    public bool WithinBudget => ScriptWithinBudget && GzipBytes <= SiteBudgets.PageBudget;
}
