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

    /// <summary>Measures every explainer page (<c>&lt;slug&gt;/index.html</c>) with the CSS and JS it links.</summary>
    public static SiteBudgets Measure(string outputFolder, string basePath = "/")
    {
        var pages = MeasurePages(outputFolder, basePath);
        var largest = pages.Aggregate((Page: string.Empty, Bytes: 0L), (max, p) => p.GzipBytes > max.Bytes ? (p.Page, p.GzipBytes) : max);
        return new SiteBudgets(pages.Select(p => p.ScriptGzipBytes).DefaultIfEmpty().Max(), largest.Page, largest.Bytes);
    }

    /// <summary>The weight of each page (<c>index.html</c> files, in ordinal order), for a check that names the page over budget.</summary>
    public static IReadOnlyList<PageWeight> MeasurePages(string outputFolder, string basePath = "/")
    {
        var pages = new List<PageWeight>();
        foreach (var page in Directory.EnumerateFiles(outputFolder, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var html = File.ReadAllText(page);
            var linked = LinkedAssets().Matches(html)
                .Select(m => m.Groups["url"].Value)
                .Where(u => u.StartsWith(basePath, StringComparison.Ordinal))
                .Select(u => Path.Combine(outputFolder, u[basePath.Length..].Split('?', '#')[0]))
                .Where(File.Exists)
                .Distinct()
                .ToList();
            var js = linked.Where(f => f.EndsWith(".js", StringComparison.Ordinal)).Sum(f => Gzip(File.ReadAllBytes(f)));
            var total = Gzip(File.ReadAllBytes(page)) + linked.Sum(f => Gzip(File.ReadAllBytes(f)));
            pages.Add(new PageWeight(Path.GetRelativePath(outputFolder, page).Replace('\\', '/'), js, total));
        }

        return pages;
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

    [GeneratedRegex("""<(?:script[^>]*\ssrc|link[^>]*\shref)="(?<url>[^"]+\.(?:js|css))"[^>]*>""")]
    private static partial Regex LinkedAssets();
}

/// <summary>One page's gzipped weight: its JavaScript, and the page with all the CSS and JS it links.</summary>
public sealed record PageWeight(string Page, long ScriptGzipBytes, long GzipBytes)
{
    public bool ScriptWithinBudget => ScriptGzipBytes <= SiteBudgets.ScriptBudget;

    public bool WithinBudget => ScriptWithinBudget && GzipBytes <= SiteBudgets.PageBudget;
}
