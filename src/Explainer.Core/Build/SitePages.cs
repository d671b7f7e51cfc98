using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Build;

/// <summary>
/// What a build learns of each page (<c>index.html</c>) as it goes out (<c>WriteFiles.Write</c>):
/// its size, the URLs of the stylesheets and scripts it links and, for a page of at least
/// <see cref="SiteBudgets.WeighedFrom"/> bytes, its quick ceiling (<see cref="SiteBudgets.QuickCeiling"/>).
/// With them the size budgets read back only the pages they compress further, not every page of
/// the site (<see cref="SiteBudgets"/>); the workers compress while the page is at hand.
/// Pages a build takes over without writing or comparing them (in <c>explainer serve</c>) are not
/// here; the budgets read those.
/// </summary>
public sealed partial class SitePages
{
    private readonly ConcurrentDictionary<string, WrittenPage> _pages = new(StringComparer.Ordinal);

    /// <summary>Each distinct list of links once: a site's pages link the same few.</summary>
    private readonly ConcurrentDictionary<string, string[]> _links = new(StringComparer.Ordinal);

    /// <summary>The pages recorded, by path relative to the site (forward slashes).</summary>
    public IReadOnlyDictionary<string, WrittenPage> Pages => _pages;

    public static bool IsPage(string path) => path == "index.html" || path.EndsWith("/index.html", StringComparison.Ordinal);

    /// <summary>Records a file of the site, if it is a page.</summary>
    public void Record(string destination, ReadOnlySpan<byte> content)
    {
        if (!IsPage(destination))
        {
            return;
        }

        var links = LinkedUrls(content);
        var quick = content.Length >= SiteBudgets.WeighedFrom ? SiteBudgets.QuickCeiling(content) : (long?)null;
        _pages[destination] = new WrittenPage(content.Length, _links.GetOrAdd(string.Join('\n', links), _ => [.. links]), quick);
    }

    [GeneratedRegex("""<(?:script[^>]*\ssrc|link[^>]*\shref)="(?<url>[^"]+\.(?:js|css))"[^>]*>""")]
    private static partial Regex LinkedAssets();

    /// <summary>
    /// The URLs of the stylesheets and scripts a page in UTF-8 links (<c>&lt;link href&gt;</c>,
    /// <c>&lt;script src&gt;</c>), in order. Only the tags the pattern can begin at are decoded and
    /// matched: each <c>&lt;script</c> and <c>&lt;link</c>, found in the bytes, up to the next
    /// <c>&gt;</c>, which the pattern cannot cross; the rest of the page is not decoded at all.
    /// </summary>
    internal static List<string> LinkedUrls(ReadOnlySpan<byte> utf8)
    {
        var urls = new List<string>();
        int script = Unsearched, link = Unsearched;
        for (var at = 0; at < utf8.Length;)
        {
            script = NextAt(utf8, "<script"u8, at, script);
            link = NextAt(utf8, "<link"u8, at, link);
            var start = script < 0 ? link : link < 0 ? script : Math.Min(script, link);
            var end = start < 0 ? -1 : utf8[start..].IndexOf((byte)'>');
            if (end < 0)
            {
                break;
            }

            // The pattern needs '.js"' or '.css"' in the tag: a canonical or alternate link, an
            // icon, a script without a source are passed over without being decoded.
            var bytes = utf8.Slice(start, end + 1);
            var match = bytes.IndexOf(".js\""u8) >= 0 || bytes.IndexOf(".css\""u8) >= 0
                ? LinkedAssets().Match(Encoding.UTF8.GetString(bytes))
                : Match.Empty;
            if (match.Success && match.Index == 0)
            {
                urls.Add(match.Groups["url"].Value);
                at = start + end + 1;
            }
            else
            {
                at = start + 1;
            }
        }

        return urls;
    }

    private const int Unsearched = -2;

    /// <summary>
    /// Where <paramref name="needle"/> next occurs from <paramref name="at"/> on, or -1 when it does
    /// not; <paramref name="known"/> is the last answer (or <see cref="Unsearched"/>), searched again
    /// only once <paramref name="at"/> has passed it.
    /// </summary>
    private static int NextAt(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> needle, int at, int known)
    {
        if (known == -1 || known >= at)
        {
            return known;
        }

        var found = utf8[at..].IndexOf(needle);
        return found < 0 ? -1 : at + found;
    }
}

/// <summary>
/// A page's size in bytes, the stylesheet and script URLs it links, in the order they appear, and
/// its gzipped size at level 1 (<see cref="SiteBudgets.QuickCeiling"/>) when it was taken.
/// </summary>
public sealed record WrittenPage(long Length, IReadOnlyList<string> Links, long? QuickGzipBytes = null);
