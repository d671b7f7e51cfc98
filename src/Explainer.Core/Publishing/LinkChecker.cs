using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Diagnostics;
using Explainer.Site;

namespace Explainer.Publishing;

/// <summary>What <see cref="LinkChecker"/> found, and how much it looked at.</summary>
public sealed record LinkCheckResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesChecked, int LinksChecked);

/// <summary>
/// Checks a built site folder the way GitHub Pages will serve it under its base path: every
/// site-internal <c>href</c>, <c>src</c>, <c>srcset</c> and <c>poster</c> of every HTML file names a
/// file that exists (a folder URL needs its trailing slash and an <c>index.html</c>), and every
/// <c>#fragment</c> names an id on its target page. Reads the disk only; errors are located in the
/// built files, by their path relative to the site folder.
/// </summary>
public static class LinkChecker
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster"];

    /// <param name="siteFolder">The built site.</param>
    /// <param name="basePath">The path the site is served under: <c>/</c> or <c>/repo/</c>.</param>
    /// <param name="baseUrl">The public URL, when known: absolute links to it are internal too.</param>
    public static LinkCheckResult Check(string siteFolder, string basePath = "/", Uri? baseUrl = null)
    {
        var root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar);
        basePath = ResolvedSite.NormalizeBasePath(basePath);
        var origin = baseUrl is null ? new Uri("http://site.invalid/") : new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + "/");
        using var parsers = new ThreadLocal<HtmlParser>(() => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }));
        var ids = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var diagnostics = new ConcurrentBag<Diagnostic>();
        // Most links go to the same few files (the stylesheet, the script, the explainer page): one look each.
        var exists = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var links = 0;

        static IReadOnlySet<string> IdSet(IDocument document) =>
            document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        IReadOnlySet<string> IdsOf(string relativeFile) =>
            ids.GetOrAdd(relativeFile, f => IdSet(parsers.Value!.ParseDocument(File.ReadAllText(Path.Combine(root, f)))));

        // Pages are checked on every core; the findings are sorted at the end, so the order they are found in does not matter.
        Parallel.ForEach(pages, page =>
        {
            var document = parsers.Value!.ParseDocument(File.ReadAllText(Path.Combine(root, page)));
            ids.TryAdd(page, IdSet(document));
            var pageUrl = new Uri(origin, basePath + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page));
            foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], [poster]"))
            {
                var position = element.SourceReference?.Position;
                void Report(string code, string message) =>
                    diagnostics.Add(new Diagnostic(page, position?.Line ?? 1, position?.Column ?? 1, code, message));

                foreach (var raw in UrlsOf(element))
                {
                    if (!IsSiteUrl(raw, pageUrl, origin, out var url))
                    {
                        continue;
                    }

                    Interlocked.Increment(ref links);
                    if (!url.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
                    {
                        if (!Content.UrlPolicy.IsAbsoluteHttp(raw))
                        {
                            Report(ErrorCodes.LinkOutsideBasePath,
                                $"<{element.LocalName}> links to '{raw}', which is outside the base path {basePath}: published as a project site, it would leave the site");
                        }

                        continue;
                    }

                    var relative = Uri.UnescapeDataString(url.AbsolutePath[basePath.Length..]);
                    var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
                    var full = Path.Combine(root, file);
                    if (!exists.GetOrAdd(full, File.Exists))
                    {
                        Report(ErrorCodes.LinkTargetMissing, Directory.Exists(full)
                            ? $"<{element.LocalName}> links to '{raw}', a folder without its trailing slash: the server answers with a redirect; write '{raw.Split('#', '?')[0]}/'"
                            : $"<{element.LocalName}> links to '{raw}', but the site has no file '{file}'");
                        continue;
                    }

                    var fragment = Uri.UnescapeDataString(url.Fragment.TrimStart('#'));
                    // The HTML spec lets an empty fragment and "top" scroll to the top without an element.
                    if (fragment.Length > 0 && !fragment.Equals("top", StringComparison.OrdinalIgnoreCase)
                        && file.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(file).Contains(fragment))
                    {
                        Report(ErrorCodes.FragmentMissing, $"<{element.LocalName}> links to '{raw}', but '{file}' has no element with id '{fragment}'");
                    }
                }
            }
        });

        return new LinkCheckResult(diagnostics.Distinct().Order().ToList(), pages.Count, links);
    }

    private static IEnumerable<string> UrlsOf(IElement element)
    {
        foreach (var name in UrlAttributes)
        {
            if (element.GetAttribute(name) is { Length: > 0 } value)
            {
                yield return value.Trim();
            }
        }

        // srcset: "url 480w, url 960w": a comma-separated list of a URL and an optional descriptor.
        foreach (var candidate in (element.GetAttribute("srcset") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return candidate.Split(' ', 2)[0];
        }
    }

    /// <summary>Whether a URL points into this site's origin; external, mailto:, data: and the like are not ours to check.</summary>
    private static bool IsSiteUrl(string raw, Uri pageUrl, Uri origin, out Uri url)
    {
        url = null!;
        if (raw.Length == 0 || !Uri.TryCreate(pageUrl, raw, out var resolved))
        {
            return false;
        }

        url = resolved;
        return (resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps)
            && resolved.GetLeftPart(UriPartial.Authority) == origin.GetLeftPart(UriPartial.Authority);
    }
}
