using System.Globalization;

namespace Explainer.Pages;

/// <summary>
/// The site's index split into pages of at most <c>index_page_size</c> explainers (site.yml): the
/// first is <c>index.html</c>, the others <c>page/2/index.html</c>, <c>page/3/index.html</c> … An
/// archive of thousands of explainers stays a page a phone can load, and every page links to its
/// neighbours, to the first and the last, and to the pages around it.
/// </summary>
public static class IndexPages
{
    /// <summary>How many page numbers the navigation shows on each side of the current one.</summary>
    public const int Neighbours = 2;

    /// <summary>The pages of the index, in order; one page (with no navigation) for an empty site.</summary>
    /// <param name="explainers">The explainers the index lists, in their order (<see cref="IndexOrder"/>).</param>
    /// <param name="pageSize">At most this many on a page (at least 1).</param>
    /// <param name="page">The site: its base path and public URL.</param>
    /// <param name="pageOf">The UI string <c>page_of</c> of the site's language: "Seite {0} von {1}".</param>
    public static IReadOnlyList<IndexPage> Split(IReadOnlyList<ExplainerSummary> explainers, int pageSize, PageContext page, string pageOf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = Math.Max(1, (explainers.Count + pageSize - 1) / pageSize);
        var pages = new List<IndexPage>(count);
        string Url(int number) => page.BasePath + PathOf(number);
        for (var number = 1; number <= count; number++)
        {
            var listed = explainers.Skip((number - 1) * pageSize).Take(pageSize).ToList();
            var label = string.Format(CultureInfo.InvariantCulture, pageOf, number, count);
            var pagination = new PaginationView(
                number,
                count,
                label,
                number == 1 ? page.Site.Title : $"{page.Site.Title} – {label}",
                number > 1 ? Url(number - 1) : null,
                number < count ? Url(number + 1) : null,
                page.BaseUrl is null ? null : page.Public(PathOf(number)),
                Links(number, count, Url));
            pages.Add(new IndexPage(PathOf(number) + "index.html", listed, pagination));
        }

        return pages;
    }

    /// <summary>The folder of index page <paramref name="number"/>, relative to the site: "" or <c>page/N/</c>.</summary>
    public static string PathOf(int number) => number == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"page/{number}/");

    /// <summary>The first page, the last, and the current one with its neighbours; a gap where numbers are left out.</summary>
    private static List<PageLink> Links(int current, int count, Func<int, string> url)
    {
        var shown = Enumerable.Range(1, count)
            .Where(n => n == 1 || n == count || Math.Abs(n - current) <= Neighbours)
            .ToList();
        var links = new List<PageLink>(shown.Count + 2);
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1)
            {
                links.Add(new PageLink(0, null, Current: false, Gap: true));
            }

            links.Add(new PageLink(shown[i], url(shown[i]), shown[i] == current, Gap: false));
        }

        return links;
    }
}

/// <summary>One page of the index: where it is written, the explainers it lists, and its navigation.</summary>
public sealed record IndexPage(string Path, IReadOnlyList<ExplainerSummary> Explainers, PaginationView Pagination);

/// <summary>What the index template sees of its place among the index pages.</summary>
/// <param name="Number">This page, from 1.</param>
/// <param name="Count">How many index pages there are.</param>
/// <param name="Label">"Seite 2 von 20", in the site's language.</param>
/// <param name="Title">The page's title: the site's, and after the first page its label too.</param>
/// <param name="Previous">The URL of the page before, or null on the first.</param>
/// <param name="Next">The URL of the page after, or null on the last.</param>
/// <param name="Canonical">This page's absolute URL when the public URL is known.</param>
/// <param name="Links">The numbered links to show.</param>
public sealed record PaginationView(int Number, int Count, string Label, string Title, string? Previous, string? Next, string? Canonical, IReadOnlyList<PageLink> Links);

/// <summary>A numbered link of the index navigation, or a gap (…) where numbers are left out.</summary>
public sealed record PageLink(int Number, string? Url, bool Current, bool Gap);
