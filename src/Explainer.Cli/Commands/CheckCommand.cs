using System.CommandLine;
using System.Globalization;
using Explainer.Publishing;
using Explainer.Build;

namespace Explainer.Cli.Commands;

/// <summary>
/// <c>explainer check</c>: builds into a temporary folder and checks the content, the built pages'
/// internal links and #fragments, and the size budgets; writes nothing. Exit 0 when clean, 1 with
/// every finding as a located error line.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var baseUrl = CommonOptions.BaseUrl();
        var cache = CommonOptions.ImageCache();
        var noCache = CommonOptions.NoImageCache();
        var command = new Command("check", "Check the input and the site it builds (content errors, internal links and #fragments, size budgets) without writing the site.")
        {
            input, theme, baseUrl, cache, noCache,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputFolder = parse.GetValue(input)!;
            var result = await SiteChecker.CheckAsync(
                inputFolder, CommonOptions.ResolveTheme(parse.GetValue(theme), inputFolder), parse.GetValue(baseUrl), cancellationToken: cancellationToken,
                imageCacheFolder: CommonOptions.ResolveImageCache(parse.GetValue(cache), parse.GetValue(noCache)))
                .ConfigureAwait(false);
            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            if (!result.Built)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Check failed with {result.Diagnostics.Count} content error(s); the site was not built, so its links were not checked."));
                return Program.ContentErrors;
            }

            if (!result.Clean)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Check found {result.Diagnostics.Count} problem(s) in the built site (paths relative to the site's root) among {result.PagesChecked} pages and {result.LinksChecked} internal links."));
                return Program.ContentErrors;
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Checked {result.PagesChecked} pages and {result.LinksChecked} internal links: no broken link or fragment, every page within its budget."));
            return Program.Success;
        });
        return command;
    }
}
