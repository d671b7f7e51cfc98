using System.Collections.Concurrent;

namespace Explainer;

/// <summary>
/// What a build learns of each page (<c>index.html</c>) as it goes out (<c>WriteFiles.Write</c>):
/// its size and the URLs of the stylesheets and scripts it links. With them the size budgets read
/// back only the pages they compress, not every page of the site (<see cref="SiteBudgets"/>).
/// Pages a build takes over without writing or comparing them (in <c>explainer serve</c>) are not
/// here; the budgets read those.
/// </summary>
public sealed class SitePages
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

        var links = SiteBudgets.LinkedUrls(content);
        _pages[destination] = new WrittenPage(content.Length, _links.GetOrAdd(string.Join('\n', links), _ => [.. links]));
    }
}

/// <summary>A page's size in bytes and the stylesheet and script URLs it links, in the order they appear.</summary>
public sealed record WrittenPage(long Length, IReadOnlyList<string> Links);
