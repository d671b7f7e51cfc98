using System.Globalization;
using Explainer.Build;
using Explainer.Publishing;

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

    private static bool IsImage(ReadOnlySpan<char> extension)
    {
        foreach (var image in ImageExtensions)
        {
            if (extension.Equals(image, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static void Write(BuildResult result, BuildOptions options, TextWriter stdout)
    {
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {result.FilesWritten} files ({result.BytesWritten:N0} bytes) into {options.OutputFolder} in {result.Elapsed.TotalMilliseconds:F0} ms."));

        var site = Path.GetFullPath(options.OutputFolder);
        var files = result.SiteFiles?.ToList()
            ?? [.. Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))];

        // One pass over the files: a large site has tens of thousands.
        int html = 0, embeds = 0, css = 0, js = 0, images = 0;
        var explainers = new List<string>();
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file.AsSpan());
            if (extension.Equals(".html", StringComparison.Ordinal))
            {
                html++;
                var slash = file.IndexOf('/', StringComparison.Ordinal);
                var rest = slash < 0 ? ReadOnlySpan<char>.Empty : file.AsSpan(slash + 1);
                if (rest.StartsWith("embed/", StringComparison.Ordinal) && rest.Length > "embed/".Length)
                {
                    embeds++;
                }
                else if (rest.SequenceEqual("index.html") && slash > 0 && !file.StartsWith("assets/", StringComparison.Ordinal))
                {
                    explainers.Add(file[..slash]);
                }
            }
            else if (extension.Equals(".css", StringComparison.OrdinalIgnoreCase))
            {
                css++;
            }
            else if (extension.Equals(".js", StringComparison.OrdinalIgnoreCase))
            {
                js++;
            }
            else if (IsImage(extension))
            {
                images++;
            }
        }

        explainers.Sort(StringComparer.Ordinal);
        var names = string.Join(", ", explainers.Take(ListedExplainers))
            + (explainers.Count > ListedExplainers ? string.Create(CultureInfo.InvariantCulture, $" and {explainers.Count - ListedExplainers} more") : string.Empty);
        var other = files.Count - html - css - js - images;

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Explainers   {explainers.Count,5}  {names}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Pages        {html - embeds,5}  the explainers, the index and the other pages"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Embed pages  {embeds,5}  one per embeddable section"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Files        {files.Count,5}  {html} HTML, {css} CSS, {js} JavaScript, {images} images, {other} other"));

        var budgets = SiteBudgets.Measure(site, (result.Site ?? throw new InvalidOperationException("A good build has resolved its site.")).BasePath, files, result.Pages);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Budgets: JavaScript {budgets.ScriptGzipBytes:N0} of {SiteBudgets.ScriptBudget:N0} bytes gzipped; largest page {budgets.LargestPage} {budgets.LargestPageGzipBytes:N0} of {SiteBudgets.PageBudget:N0} bytes gzipped (HTML, CSS, JS){(budgets.WithinBudget ? "" : " - OVER BUDGET")}."));
    }
}
