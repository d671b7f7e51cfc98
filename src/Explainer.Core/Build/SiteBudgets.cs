using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Explainer;

/// <summary>
/// The size budgets of a built site: JavaScript a reader loads (at most 3 KB gzipped) and each
/// explainer page without media (HTML, CSS and JS, at most 30 KB gzipped), measured on the output
/// folder, so the numbers are what a reader downloads; and the host script <c>embed.js</c>.
/// </summary>
public sealed partial record SiteBudgets(long ScriptGzipBytes, string LargestPage, long LargestPageGzipBytes)
{
    public const long ScriptBudget = 3 * 1024;
    public const long PageBudget = 30 * 1024;

    /// <summary>
    /// <c>embed.js</c>, the script host pages load from its stable URL to fit embeds to their height,
    /// at most 1 KB gzipped: it is loaded by other people's pages, on every page view of theirs.
    /// </summary>
    public const long HostScriptBudget = 1024;

    public bool WithinBudget => ScriptGzipBytes <= ScriptBudget && LargestPageGzipBytes <= PageBudget;

    /// <summary>
    /// Measures every page (<c>index.html</c>) with the CSS and JS it links and reports the heaviest.
    /// A page is only compressed when it could be the heaviest: its gzipped size is at most its own
    /// size plus deflate's overhead (<see cref="GzipBound"/>), so once the page with the highest bound
    /// is weighed, pages whose bound is below its weight are skipped.
    /// </summary>
    /// <param name="outputFolder">The built site.</param>
    /// <param name="basePath">The site's base path, which the URLs of its assets start with.</param>
    /// <param name="pages">The site's <c>index.html</c> files, relative to it, when the caller knows them (the output is searched otherwise).</param>
    public static SiteBudgets Measure(string outputFolder, string basePath = "/", IEnumerable<string>? pages = null)
    {
        var weigher = new Weigher(outputFolder, basePath);
        var weighed = weigher.Pages(pages);
        var script = weighed.Select(p => p.ScriptGzipBytes).DefaultIfEmpty().Max();
        var ordered = weighed.OrderByDescending(p => p.UpperBound).ThenBy(p => p.Page, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return new SiteBudgets(script, string.Empty, 0);
        }

        var floor = weigher.Weigh(ordered[0]);
        var heaviest = weigher.WeighAll(ordered.TakeWhile(p => p.UpperBound >= floor).ToList())
            .OrderByDescending(p => p.GzipBytes)
            .ThenBy(p => p.Page, StringComparer.Ordinal)
            .First();
        return new SiteBudgets(script, heaviest.Page, heaviest.GzipBytes);
    }

    /// <summary>The weight of each page (<c>index.html</c> files, in ordinal order), for a check that names the page over budget.</summary>
    public static IReadOnlyList<PageWeight> MeasurePages(string outputFolder, string basePath = "/")
    {
        var weigher = new Weigher(outputFolder, basePath);
        return weigher.WeighAll(weigher.Pages());
    }

    /// <summary>
    /// The pages over a budget, weighed exactly, in ordinal order. A page whose <see cref="GzipBound"/>
    /// with what it links is within the page budget, and whose JavaScript is within its budget, cannot
    /// be over either, and is not compressed.
    /// </summary>
    public static IReadOnlyList<PageWeight> PagesOverBudget(string outputFolder, string basePath = "/")
    {
        var weigher = new Weigher(outputFolder, basePath);
        var candidates = weigher.Pages().Where(p => p.ScriptGzipBytes > ScriptBudget || p.UpperBound > PageBudget).ToList();
        return [.. weigher.WeighAll(candidates).Where(w => !w.WithinBudget)];
    }

    /// <summary>The gzipped size at the highest compression level, as static hosts serve it.</summary>
    public static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    /// <summary>
    /// The most <see cref="Gzip"/> can return for <paramref name="length"/> bytes: zlib's bound for
    /// any compression settings (an eighth and a sixty-fourth more, when nothing compresses) and the
    /// gzip header and trailer, with room to spare.
    /// </summary>
    internal static long GzipBound(long length) => length + ((length + 7) / 8) + ((length + 63) / 64) + 5 + 18 + 64;

    [GeneratedRegex("""<(?:script[^>]*\ssrc|link[^>]*\shref)="(?<url>[^"]+\.(?:js|css))"[^>]*>""")]
    private static partial Regex LinkedAssets();

    /// <summary>A page found in the output: its file, the gzipped size of what it links, and the most the whole can weigh.</summary>
    private sealed record PageFile(string Page, string File, long ScriptGzipBytes, long AssetGzipBytes, long UpperBound);

    /// <summary>Reads pages and compresses each linked asset once: every page links the same few.</summary>
    private sealed class Weigher(string outputFolder, string basePath)
    {
        private readonly ConcurrentDictionary<string, long> _assets = new(StringComparer.Ordinal);

        /// <summary>Every <c>index.html</c> of the output (or the pages given, relative), in ordinal order, read on every core.</summary>
        public List<PageFile> Pages(IEnumerable<string>? pages = null) =>
            (pages?.Select(p => Path.Combine(outputFolder, p)) ?? Directory.EnumerateFiles(outputFolder, "index.html", SearchOption.AllDirectories))
                .Order(StringComparer.Ordinal)
                .AsParallel()
                .AsOrdered()
                .Select(Read)
                .ToList();

        public long Weigh(PageFile page) => Gzip(File.ReadAllBytes(page.File)) + page.AssetGzipBytes;

        /// <summary>The exact weights of <paramref name="pages"/>, in their order, weighed on every core.</summary>
        public PageWeight[] WeighAll(IReadOnlyList<PageFile> pages)
        {
            var weights = new PageWeight[pages.Count];
            Parallel.For(0, pages.Count, i => weights[i] = new PageWeight(pages[i].Page, pages[i].ScriptGzipBytes, Weigh(pages[i])));
            return weights;
        }

        private PageFile Read(string page)
        {
            var html = File.ReadAllText(page);
            var linked = LinkedAssets().Matches(html)
                .Select(m => m.Groups["url"].Value)
                .Where(u => u.StartsWith(basePath, StringComparison.Ordinal))
                .Select(u => Path.Combine(outputFolder, u[basePath.Length..].Split('?', '#')[0]))
                .Where(File.Exists)
                .Distinct()
                .ToList();
            var js = linked.Where(f => f.EndsWith(".js", StringComparison.Ordinal)).Sum(Asset);
            var assets = linked.Sum(Asset);
            return new PageFile(Path.GetRelativePath(outputFolder, page).Replace('\\', '/'), page, js, assets,
                GzipBound(new FileInfo(page).Length) + assets);
        }

        private long Asset(string file) => _assets.GetOrAdd(file, f => Gzip(File.ReadAllBytes(f)));
    }
}

/// <summary>One page's gzipped weight: its JavaScript, and the page with all the CSS and JS it links.</summary>
public sealed record PageWeight(string Page, long ScriptGzipBytes, long GzipBytes)
{
    public bool ScriptWithinBudget => ScriptGzipBytes <= SiteBudgets.ScriptBudget;

    public bool WithinBudget => ScriptWithinBudget && GzipBytes <= SiteBudgets.PageBudget;
}
