using System.Collections.Concurrent;
using System.IO.Compression;

namespace Explainer.Build;

/// <summary>
/// The size budgets of a built site: JavaScript a reader loads (at most 3 KB gzipped) and each
/// explainer page without media (HTML, CSS and JS, at most 30 KB gzipped), measured on the output
/// folder, so the numbers are what a reader downloads; and the host script <c>embed.js</c>.
/// </summary>
public sealed record SiteBudgets(long ScriptGzipBytes, string LargestPage, long LargestPageGzipBytes)
{
    public const long ScriptBudget = 3 * 1024;
    public const long PageBudget = 30 * 1024;

    /// <summary>zlib's levels: 9, the highest (<c>gzip -9</c>, <see cref="CompressionLevel.SmallestSize"/>), and the two ceilings'.</summary>
    private static readonly ZLibCompressionOptions HighestLevel = new() { CompressionLevel = 9 };
    private static readonly ZLibCompressionOptions QuickLevel = new() { CompressionLevel = 1 };
    private static readonly ZLibCompressionOptions MiddleLevel = new() { CompressionLevel = 4 };

    /// <summary>
    /// <c>embed.js</c>, the script host pages load from its stable URL to fit embeds to their height,
    /// at most 1 KB gzipped: it is loaded by other people's pages, on every page view of theirs.
    /// </summary>
    public const long HostScriptBudget = 1024;

    /// <summary>
    /// Pages of at least this many bytes get their <see cref="QuickCeiling"/> as the build writes
    /// them (<see cref="SitePages"/>). Lighter ones are left alone: they are most of a site's pages
    /// (the embed pages), and their <see cref="GzipBound"/> alone keeps them out of the running
    /// unless no page is heavier, when the summary reads and compresses them itself.
    /// </summary>
    public const long WeighedFrom = 16 * 1024;

    public bool WithinBudget => ScriptGzipBytes <= ScriptBudget && LargestPageGzipBytes <= PageBudget;

    /// <summary>
    /// Measures every page (<c>index.html</c>) with the CSS and JS it links and reports the heaviest.
    /// A page is only read when it could be the heaviest, and only compressed when it still can once
    /// its links are known: its gzipped size is at most its own size plus deflate's overhead
    /// (<see cref="GzipBound"/>), and what it links at most every stylesheet and script of the site.
    /// The pages with the highest ceilings (the <see cref="QuickCeiling"/> the build recorded, or
    /// their bound) are weighed first, one per core; the heaviest page found so far is the floor a
    /// page must be able to reach to be read, and then two cheaper compressions of it in turn
    /// (<see cref="QuickCeiling"/>, <see cref="MiddleCeiling"/>) to be compressed at level 9. The
    /// JavaScript figure is exact: when a page read links every script of the site, no page can
    /// link more; otherwise the links of every other page are looked at (read from the page, unless
    /// the build recorded them).
    /// </summary>
    /// <param name="outputFolder">The built site.</param>
    /// <param name="basePath">The site's base path, which the URLs of its assets start with.</param>
    /// <param name="siteFiles">The site's files, relative to it, when the caller knows them (the output is searched otherwise).</param>
    /// <param name="pages">The sizes and links of pages, as the build recorded them (<see cref="SitePages"/>): those are not read unless compressed.</param>
    public static SiteBudgets Measure(string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null, IReadOnlyDictionary<string, WrittenPage>? pages = null)
    {
        var weigher = new Weigher(outputFolder, basePath, siteFiles, pages);
        var sized = weigher.SizedPages();
        if (sized.Count == 0)
        {
            return new SiteBudgets(0, string.Empty, 0);
        }

        // Highest ceiling first: the heaviest of the first pages is the floor the others must reach.
        var ordered = sized.OrderByDescending(p => p.Ceiling).ThenBy(p => p.Page, StringComparer.Ordinal).ToList();
        var first = ordered.Take(Environment.ProcessorCount).AsParallel().Select(p => weigher.Read(p, floor: 0)).ToList();
        // The floor rises as heavier pages are found; the heaviest page reaches it whenever it is read.
        var floor = first.Max(p => p.GzipBytes!.Value);
        var rest = ordered.Skip(first.Count)
            .TakeWhile(p => p.Ceiling + weigher.AllAssetsGzipBytes >= Volatile.Read(ref floor))
            .AsParallel()
            .Select(p => Raise(ref floor, weigher.Read(p, Volatile.Read(ref floor), ranked: true)))
            .ToList();
        var read = first.Concat(rest).ToList();
        var heaviest = read.Where(p => p.GzipBytes is not null)
            .OrderByDescending(p => p.GzipBytes)
            .ThenBy(p => p.Page, StringComparer.Ordinal)
            .First();

        var script = read.Max(p => p.ScriptGzipBytes);
        if (script < weigher.AllScriptsGzipBytes)
        {
            script = Math.Max(script, ordered.Skip(read.Count).AsParallel().Select(p => weigher.Read(p, long.MaxValue).ScriptGzipBytes).DefaultIfEmpty().Max());
        }

        return new SiteBudgets(script, heaviest.Page, heaviest.GzipBytes!.Value);
    }

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

    /// <summary>The weight of each page (<c>index.html</c> files, in ordinal order), for a check that names the page over budget.</summary>
    public static IReadOnlyList<PageWeight> MeasurePages(string outputFolder, string basePath = "/")
    {
        var weigher = new Weigher(outputFolder, basePath, siteFiles: null);
        return [.. weigher.SizedPages().AsParallel().AsOrdered().Select(p => weigher.Read(p, floor: 0).Weight)];
    }

    /// <summary>
    /// The pages over a budget, weighed exactly, in ordinal order. A page whose <see cref="GzipBound"/>
    /// with what it links is within the page budget, and whose JavaScript is within its budget, cannot
    /// be over either, and is not compressed; nor read, when that holds with every stylesheet and
    /// script of the site.
    /// </summary>
    /// <param name="siteFiles">The site's files, relative to it, when the caller knows them (the output is searched otherwise).</param>
    /// <param name="pages">The sizes and links of pages, as the build recorded them (<see cref="SitePages"/>): those are not read unless compressed.</param>
    public static IReadOnlyList<PageWeight> PagesOverBudget(
        string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null, IReadOnlyDictionary<string, WrittenPage>? pages = null)
    {
        var weigher = new Weigher(outputFolder, basePath, siteFiles, pages);
        var scriptsCanBeOver = weigher.AllScriptsGzipBytes > ScriptBudget;
        return [.. weigher.SizedPages()
            .Where(p => scriptsCanBeOver || GzipBound(p.Length) + weigher.AllAssetsGzipBytes > PageBudget)
            .AsParallel().AsOrdered()
            .Select(p => weigher.Read(p, floor: PageBudget + 1))
            .Where(p => p.ScriptGzipBytes > ScriptBudget || p.GzipBytes is not null)
            .Select(p => p.GzipBytes is null ? weigher.Read(p.Sized, floor: 0).Weight : p.Weight)
            .Where(w => !w.WithinBudget)];
    }

    /// <summary>The gzipped size at the highest compression level, as static hosts serve it.</summary>
    public static long Gzip(ReadOnlySpan<byte> bytes) =>
        GzippedLength(bytes, HighestLevel);

    /// <summary>
    /// The most <see cref="Gzip"/> is taken to give, from the gzipped size at level 1, in a seventh
    /// of its time: zlib-ng's level 1 codes with deflate's fixed Huffman tables, which level 9 only
    /// uses where they come out smaller. A ceiling in practice, not in theory: on the explainer pages
    /// of 1000 corpus explainers level 9 came out 28–39 % smaller, and on the worst inputs found
    /// (random bytes, digits, base64) at least 5 % smaller (docs/performance.md). The build's summary
    /// (<see cref="Measure"/>) uses it, and <see cref="MiddleCeiling"/> after it, to pass over pages
    /// that cannot be the heaviest; <see cref="PagesOverBudget"/>, which <c>explainer check</c>
    /// fails on, does not.
    /// </summary>
    internal static long QuickCeiling(ReadOnlySpan<byte> bytes) =>
        GzippedLength(bytes, QuickLevel);

    /// <summary>
    /// The most <see cref="Gzip"/> is taken to give, from the gzipped size at level 4 with a quarter
    /// added, in half its time. Also a ceiling in practice (see <see cref="QuickCeiling"/>): level 9
    /// came out 2–9 % smaller on corpus pages, and up to 10 % larger on random digits, where zlib-ng's
    /// level 9 takes short matches that cost more than the digits.
    /// </summary>
    internal static long MiddleCeiling(ReadOnlySpan<byte> bytes)
    {
        var level4 = GzippedLength(bytes, MiddleLevel);
        return level4 + (level4 / 4);
    }

    private static long GzippedLength(ReadOnlySpan<byte> bytes, ZLibCompressionOptions level)
    {
        var counter = new ByteCounter();
        using (var gzip = new GZipStream(counter, level, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return counter.Length;
    }

    /// <summary>
    /// The most <see cref="Gzip"/> can return for <paramref name="length"/> bytes: zlib's bound for
    /// any compression settings (an eighth and a sixty-fourth more, when nothing compresses) and the
    /// gzip header and trailer, with room to spare.
    /// </summary>
    internal static long GzipBound(long length) => length + ((length + 7) / 8) + ((length + 63) / 64) + 5 + 18 + 64;

    /// <summary>A page of the output, its size, and the URLs it links and its quick ceiling when the build recorded them.</summary>
    private sealed record SizedPage(string Page, string File, long Length, IReadOnlyList<string>? Links, long? Quick)
    {
        /// <summary>The most the page is taken to gzip to, for the summary: its quick ceiling, or its bound.</summary>
        public long Ceiling => Quick ?? GzipBound(Length);
    }

    /// <summary>
    /// A page read: the gzipped size of the JavaScript and of everything it links, and its whole
    /// gzipped weight (with what it links) when it was compressed.
    /// </summary>
    private sealed record PageRead(SizedPage Sized, long ScriptGzipBytes, long AssetGzipBytes, long? GzipBytes)
    {
        public string Page => Sized.Page;

        public PageWeight Weight => new(Page, ScriptGzipBytes, GzipBytes ?? throw new InvalidOperationException($"{Page} was not compressed"));
    }

    /// <summary>Reads pages and compresses each stylesheet and script once: every page links the same few.</summary>
    private sealed class Weigher
    {
        private readonly string _outputFolder;
        private readonly string _basePath;
        private readonly List<string> _pages;
        private readonly Dictionary<string, long> _assets;
        private readonly IReadOnlyDictionary<string, WrittenPage>? _known;

        /// <summary>
        /// What each recorded list of links weighs (JavaScript, and everything): the build records
        /// each distinct list once and shares it between the pages that link the same (<see cref="SitePages"/>).
        /// </summary>
        private readonly ConcurrentDictionary<IReadOnlyList<string>, (long Scripts, long Assets)> _linkWeights = new(ReferenceEqualityComparer.Instance);

        public Weigher(string outputFolder, string basePath, IEnumerable<string>? siteFiles, IReadOnlyDictionary<string, WrittenPage>? known = null)
        {
            _outputFolder = outputFolder;
            _basePath = basePath;
            _known = known;
            var files = (siteFiles ?? Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(outputFolder, f).Replace('\\', '/')))
                .ToList();
            _pages = [.. files.Where(SitePages.IsPage).Order(StringComparer.Ordinal)];
            _assets = files.Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
                .ToDictionary(f => Path.Combine(outputFolder, f), f => Gzip(File.ReadAllBytes(Path.Combine(outputFolder, f))), StringComparer.Ordinal);
            AllAssetsGzipBytes = _assets.Values.Sum();
            AllScriptsGzipBytes = _assets.Where(a => a.Key.EndsWith(".js", StringComparison.Ordinal)).Sum(a => a.Value);
        }

        /// <summary>The most any page can link: every stylesheet and script of the site.</summary>
        public long AllAssetsGzipBytes { get; }

        public long AllScriptsGzipBytes { get; }

        /// <summary>Every page, in ordinal order, with its size and links when the build recorded them (not read).</summary>
        public List<SizedPage> SizedPages() =>
            _known is null ? [.. _pages.AsParallel().AsOrdered().Select(Sized)] : _pages.ConvertAll(Sized);

        private SizedPage Sized(string page)
        {
            var file = Path.Combine(_outputFolder, page);
            return _known?.GetValueOrDefault(page) is { } known
                ? new SizedPage(page, file, known.Length, known.Links, known.QuickGzipBytes)
                : new SizedPage(page, file, new FileInfo(file).Length, Links: null, Quick: null);
        }

        /// <summary>
        /// Finds what a page links (reading it, unless the build recorded its links) and compresses
        /// it at level 9 only when its bound with what it links reaches <paramref name="floor"/>; when
        /// <paramref name="ranked"/>, only when its ceilings do too, the cheaper first (see
        /// <see cref="QuickCeiling"/>).
        /// </summary>
        public PageRead Read(SizedPage page, long floor, bool ranked = false)
        {
            var bytes = page.Links is null ? File.ReadAllBytes(page.File) : null;
            var (js, assets) = page.Links is { } links
                ? _linkWeights.GetOrAdd(links, Weigh)
                : Weigh(SitePages.LinkedUrls(bytes));
            if (GzipBound(page.Length) + assets < floor || (ranked && page.Quick + assets < floor))
            {
                return new PageRead(page, js, assets, GzipBytes: null);
            }

            bytes ??= File.ReadAllBytes(page.File);
            var reaches = !ranked || floor == 0
                || ((page.Quick ?? QuickCeiling(bytes)) + assets >= floor && MiddleCeiling(bytes) + assets >= floor);
            return new PageRead(page, js, assets, reaches ? Gzip(bytes) + assets : null);
        }

        /// <summary>The gzipped weight of the site's stylesheets and scripts among <paramref name="urls"/>, each counted once.</summary>
        private (long Scripts, long Assets) Weigh(IReadOnlyList<string> urls)
        {
            var linked = new List<string>();
            foreach (var url in urls)
            {
                if (url.StartsWith(_basePath, StringComparison.Ordinal)
                    && Path.Combine(_outputFolder, url[_basePath.Length..].Split('?', '#')[0]) is var file
                    && _assets.ContainsKey(file)
                    && !linked.Contains(file))
                {
                    linked.Add(file);
                }
            }

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
