using System.Globalization;
using Explainer.Diagnostics;
using Explainer.Publishing;

namespace Explainer.Build;

/// <summary>What <c>explainer check</c> found: content errors, or the findings in the built site.</summary>
/// <param name="Diagnostics">Content errors (the build's), else broken links and fragments and pages over budget.</param>
/// <param name="Built">Whether the site built, so that its links and budgets could be checked.</param>
/// <param name="BuildFolder">The temporary folder the site was built in; removed before the check returned.</param>
public sealed record SiteCheckResult(IReadOnlyList<Diagnostic> Diagnostics, bool Built, int PagesChecked, int LinksChecked, string BuildFolder)
{
    public bool Clean => Diagnostics.Count == 0;
}

/// <summary>
/// Checks a site without writing it: builds into a temporary folder (every content error, as
/// <c>explainer build</c> reports them), then checks the built pages' internal links and fragments
/// (<see cref="LinkChecker"/>) and the size budgets (<see cref="SiteBudgets"/>), and removes the folder.
/// </summary>
public static class SiteChecker
{
    public static async Task<SiteCheckResult> CheckAsync(
        string inputFolder, string themeFolder, Uri? baseUrl = null, string? displayRoot = null, CancellationToken cancellationToken = default, string? imageCacheFolder = null)
    {
        var temp = Path.Combine(Path.GetTempPath(), "explainer-check", Guid.NewGuid().ToString("N"));
        var output = Path.Combine(temp, "site");
        try
        {
            var build = await new SiteBuilder()
                .BuildAsync(new BuildOptions(inputFolder, output, themeFolder, baseUrl, displayRoot, ImageCacheFolder: imageCacheFolder), cancellationToken)
                .ConfigureAwait(false);
            if (!build.Succeeded)
            {
                return new SiteCheckResult(build.Diagnostics, Built: false, 0, 0, temp);
            }

            // A good build has read site.yml: its links are checked against the site it resolved.
            var site = build.Site ?? throw new InvalidOperationException("A successful build resolved no site.");
            var links = LinkChecker.Check(output, site.BasePath, site.BaseUrl);
            var budgets = SiteBudgets.PagesOverBudget(output, site.BasePath, build.SiteFiles).SelectMany(OverBudget);
            return new SiteCheckResult([.. links.Diagnostics.Concat(budgets).Order()], Built: true, links.PagesChecked, links.LinksChecked, temp);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static IEnumerable<Diagnostic> OverBudget(PageWeight page)
    {
        if (!page.ScriptWithinBudget)
        {
            yield return new Diagnostic(page.Page, 1, 1, ErrorCodes.OverBudget, string.Create(CultureInfo.InvariantCulture,
                $"the page loads {page.ScriptGzipBytes:N0} bytes of JavaScript gzipped, over the budget of {SiteBudgets.ScriptBudget:N0}"));
        }

        if (page.GzipBytes > SiteBudgets.PageBudget)
        {
            yield return new Diagnostic(page.Page, 1, 1, ErrorCodes.OverBudget, string.Create(CultureInfo.InvariantCulture,
                $"the page weighs {page.GzipBytes:N0} bytes gzipped with the CSS and JavaScript it links, over the budget of {SiteBudgets.PageBudget:N0}"));
        }
    }
}
