using System.Globalization;
using Explainer.Site;

namespace Explainer.Cli.Commands;

/// <summary>
/// The summary <c>explainer build</c> prints after a good build, one screen at most: the
/// <c>Built N files (B bytes) into DIR in T ms.</c> line that scripts match, what the site holds
/// (explainers, pages, embed pages, files by kind), and the budgets.
/// </summary>
internal static class BuildSummary
{
    private const int ListedExplainers = 5;
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".svg", ".ico"];

    public static void Write(BuildResult result, BuildOptions options, TextWriter stdout)
    {
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {result.FilesWritten} files ({result.BytesWritten:N0} bytes) into {options.OutputFolder} in {result.Elapsed.TotalMilliseconds:F0} ms."));

        var site = Path.GetFullPath(options.OutputFolder);
        var files = result.SiteFiles?.ToList()
            ?? [.. Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))];
        var html = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var embeds = html.Count(f => f.Split('/') is [_, "embed", _, ..]);
        var explainers = html.Where(f => f.Split('/') is [var slug, "index.html"] && slug != "assets")
            .Select(f => f[..f.IndexOf('/', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal)
            .ToList();
        var names = string.Join(", ", explainers.Take(ListedExplainers))
            + (explainers.Count > ListedExplainers ? string.Create(CultureInfo.InvariantCulture, $" and {explainers.Count - ListedExplainers} more") : string.Empty);

        int Count(params string[] extensions) => files.Count(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase));
        var css = Count(".css");
        var js = Count(".js");
        var images = Count(ImageExtensions);
        var other = files.Count - html.Count - css - js - images;

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Explainers   {explainers.Count,5}  {names}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Pages        {html.Count - embeds,5}  the explainers, the index and the other pages"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Embed pages  {embeds,5}  one per embeddable section"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Files        {files.Count,5}  {html.Count} HTML, {css} CSS, {js} JavaScript, {images} images, {other} other"));

        var budgets = SiteBudgets.Measure(site, SiteBaseUrl.BasePathOf(SiteBaseUrl.Resolve(options.BaseUrl, options.InputFolder)), files, result.Pages);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Budgets: JavaScript {budgets.ScriptGzipBytes:N0} of {SiteBudgets.ScriptBudget:N0} bytes gzipped; largest page {budgets.LargestPage} {budgets.LargestPageGzipBytes:N0} of {SiteBudgets.PageBudget:N0} bytes gzipped (HTML, CSS, JS){(budgets.WithinBudget ? "" : " - OVER BUDGET")}."));
    }
}
