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

    /// <summary>zlib's highest level, as <c>gzip -9</c> and static hosts compress.</summary>
    private static readonly ZLibCompressionOptions HighestLevel = new() { CompressionLevel = 9 };

    public bool WithinBudget => ScriptGzipBytes <= ScriptBudget && LargestPageGzipBytes <= PageBudget;

    /// <summary>
    /// The heaviest page (ties: the first in ordinal order) and the most JavaScript a page loads:
    /// what <see cref="MeasurePages"/> gives, without compressing the pages that cannot be the
    /// heaviest. Every page is read for the stylesheets and scripts it links, and compressed only
    /// when its <see cref="GzipBound"/> with what it links reaches the heaviest page weighed so far.
    /// A page passed over is lighter than that page, so it can neither be the heaviest nor tie with
    /// it. On a site of explainers that leaves the explainer pages and a few long embed pages.
    /// </summary>
    /// <param name="outputFolder">The built site.</param>
    /// <param name="basePath">The site's base path, which the URLs of its assets start with.</param>
    /// <param name="siteFiles">The site's files, relative to it, when the caller knows them (the output is searched otherwise).</param>
    public static SiteBudgets Measure(string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null)
    {
        var weigher = new Weigher(outputFolder, basePath, siteFiles);
        long floor = 0;
        var read = weigher.Pages.AsParallel()
            .Select(page => Raise(ref floor, weigher.Read(page, Volatile.Read(ref floor))))
            .ToList();
        if (read.Count == 0)
        {
            return new SiteBudgets(0, string.Empty, 0);
        }

        var heaviest = read.Where(p => p.GzipBytes is not null)
            .OrderByDescending(p => p.GzipBytes)
            .ThenBy(p => p.Page, StringComparer.Ordinal)
            .First();
        return new SiteBudgets(read.Max(p => p.ScriptGzipBytes), heaviest.Page, heaviest.GzipBytes!.Value);
    }

    /// <summary>
    /// The weight of every page (<c>index.html</c> files, in ordinal order): each read, the CSS and
    /// JS it links found, and compressed. The definition <see cref="Measure"/> is held to, and what
    /// <c>explainer check</c> names pages over budget from.
    /// </summary>
    public static IReadOnlyList<PageWeight> MeasurePages(string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null)
    {
        var weigher = new Weigher(outputFolder, basePath, siteFiles);
        return [.. weigher.Pages.AsParallel().AsOrdered().Select(page => weigher.Read(page, floor: 0).Weight)];
    }

    /// <summary>The pages over a budget, in ordinal order.</summary>
    public static IReadOnlyList<PageWeight> PagesOverBudget(string outputFolder, string basePath = "/", IEnumerable<string>? siteFiles = null) =>
        [.. MeasurePages(outputFolder, basePath, siteFiles).Where(p => !p.WithinBudget)];

    /// <summary>The gzipped size at the highest compression level, as static hosts serve it.</summary>
    public static long Gzip(ReadOnlySpan<byte> bytes)
    {
        var counter = new ByteCounter();
        using (var gzip = new GZipStream(counter, HighestLevel, leaveOpen: true))
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
    private sealed record PageRead(string Page, long ScriptGzipBytes, long? GzipBytes)
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

        /// <summary>Reads a page and compresses it unless its bound with what it links stays below <paramref name="floor"/>.</summary>
        public PageRead Read(string page, long floor)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_outputFolder, page));
            var linked = PageLinks.In(bytes)
                .Select(url => url.StartsWith(_basePath, StringComparison.Ordinal) ? url[_basePath.Length..].Split('?', '#')[0] : null)
                .OfType<string>()
                .Where(_assets.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var scripts = linked.Where(f => f.EndsWith(".js", StringComparison.Ordinal)).Sum(f => _assets[f]);
            var assets = linked.Sum(f => _assets[f]);
            var compressed = GzipBound(bytes.Length) + assets < floor ? (long?)null : Gzip(bytes) + assets;
            return new PageRead(page, scripts, compressed);
        }
    }
}

/// <summary>One page's gzipped weight: its JavaScript, and the page with all the CSS and JS it links.</summary>
public sealed record PageWeight(string Page, long ScriptGzipBytes, long GzipBytes)
{
    public bool ScriptWithinBudget => ScriptGzipBytes <= SiteBudgets.ScriptBudget;

    public bool WithinBudget => ScriptWithinBudget && GzipBytes <= SiteBudgets.PageBudget;
}
