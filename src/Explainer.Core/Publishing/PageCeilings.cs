using System.Collections.Concurrent;

namespace Explainer.Publishing;

/// <summary>
/// What a build learns of each page as it writes it (<c>SiteBuilder</c> hands it every file the
/// <see cref="Modules.SiteWriter"/> writes): the stylesheets and scripts the page links and, for a
/// page of at least <see cref="SiteBudgets.WeighedFrom"/> bytes, its level-3 gzip size. The summary's
/// budgets (<see cref="SiteBudgets.Measure"/>) then need not read the pages again.
/// </summary>
public sealed class PageCeilings
{
    private readonly ConcurrentDictionary<string, PageCeiling> _pages = new(StringComparer.Ordinal);

    /// <summary>The pages written, by path relative to the site.</summary>
    public IReadOnlyDictionary<string, PageCeiling> Pages => _pages;

    /// <summary>Records a file of the site, if it is a page.</summary>
    public void Record(string destination, ReadOnlySpan<byte> content)
    {
        if (SiteBudgets.IsPage(destination))
        {
            _pages[destination] = new PageCeiling(PageLinks.In(content), SiteBudgets.Ceiling(content));
        }
    }
}

/// <summary>A page's stylesheet and script URLs, in order, and the most its gzipped size is taken to be (<see cref="SiteBudgets.Ceiling"/>).</summary>
public sealed record PageCeiling(IReadOnlyList<string> Links, long Ceiling);
