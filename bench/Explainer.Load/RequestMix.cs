using System.Text.RegularExpressions;

namespace Explainer.Load;

/// <summary>What a URL of the site is, for the mix of requests and for the report.</summary>
public enum UrlKind
{
    ExplainerPage,
    IndexPage,
    EmbedPage,
    StyleOrScript,
    Image,
    Other,
}

/// <summary>One URL the clients ask for.</summary>
/// <param name="File">Its file in the output folder, e.g. <c>putin-nordkorea/index.html</c>.</param>
public sealed record SiteUrl(string File, Uri Url, UrlKind Kind);

/// <summary>
/// Every file of the built site as the URL a reader's browser asks for (<c>index.html</c> as its
/// folder), drawn at random with a weight per kind: readers open the explainer page most, its
/// CSS, scripts and images come with every page view, embed pages are opened one at a time from
/// other sites, and the feed, sitemap and oEmbed files are fetched now and then by machines.
/// </summary>
public sealed partial class RequestMix
{
    private readonly double[] _cumulative;

    private RequestMix(IReadOnlyList<SiteUrl> urls)
    {
        Urls = urls;
        _cumulative = new double[urls.Count];
        var total = 0.0;
        for (var i = 0; i < urls.Count; i++)
        {
            total += WeightOf(urls[i].Kind);
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<SiteUrl> Urls { get; }

    /// <summary>The share of requests that goes to each kind of URL.</summary>
    public IReadOnlyDictionary<UrlKind, double> Shares =>
        Urls.GroupBy(u => u.Kind).ToDictionary(g => g.Key, g => g.Sum(u => WeightOf(u.Kind)) / _cumulative[^1]);

    /// <summary>The URLs of every file under <paramref name="siteFolder"/> (hidden files such as <c>.nojekyll</c> left out), served at <paramref name="siteUrl"/>.</summary>
    public static RequestMix FromSite(string siteFolder, Uri siteUrl)
    {
        var urls = Directory.EnumerateFiles(siteFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(segment => segment.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(f => new SiteUrl(f, new Uri(siteUrl, FolderUrlOf(f)), KindOf(f)))
            .ToList();
        return urls.Count > 0 ? new RequestMix(urls) : throw new InvalidOperationException($"the site in {siteFolder} has no files");
    }

    /// <summary>A URL drawn by weight.</summary>
    public SiteUrl Pick(Random random)
    {
        var at = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, at);
        return Urls[Math.Min(index < 0 ? ~index : index, Urls.Count - 1)];
    }

    public static UrlKind KindOf(string file) => file switch
    {
        _ when IndexPage().IsMatch(file) => UrlKind.IndexPage,
        _ when file.Contains("/embed/", StringComparison.Ordinal) && file.EndsWith(".html", StringComparison.Ordinal) => UrlKind.EmbedPage,
        _ when ExplainerPage().IsMatch(file) => UrlKind.ExplainerPage,
        _ when file.EndsWith(".css", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal) => UrlKind.StyleOrScript,
        _ when ImageFile().IsMatch(file) => UrlKind.Image,
        _ => UrlKind.Other,
    };

    // Per file of the kind, so that a site with more embed pages draws each of them as often.
    private static double WeightOf(UrlKind kind) => kind switch
    {
        UrlKind.ExplainerPage => 20,
        UrlKind.IndexPage => 5,
        UrlKind.StyleOrScript => 5,
        UrlKind.Image => 2,
        _ => 0.5,
    };

    /// <summary>The kind's name in the report, e.g. <c>explainer page</c>.</summary>
    public static string Describe(UrlKind kind) => kind switch
    {
        UrlKind.ExplainerPage => "explainer page",
        UrlKind.IndexPage => "index",
        UrlKind.EmbedPage => "embed pages",
        UrlKind.StyleOrScript => "CSS and JS",
        UrlKind.Image => "images",
        _ => "other (feed, sitemap, oEmbed, 404 page)",
    };

    private static string FolderUrlOf(string file) =>
        file == "index.html" ? string.Empty
        : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length]
        : file;

    [GeneratedRegex(@"^(page/\d+/)?index\.html$")]
    private static partial Regex IndexPage();

    [GeneratedRegex(@"^[^/]+/index\.html$")]
    private static partial Regex ExplainerPage();

    [GeneratedRegex(@"\.(webp|avif|png|jpe?g|gif|svg)$")]
    private static partial Regex ImageFile();
}
