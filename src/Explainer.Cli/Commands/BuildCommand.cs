using System.CommandLine;
using System.Globalization;
using Explainer.Build;

namespace Explainer.Cli.Commands;

/// <summary><c>explainer build</c>: builds the site, or lists every content error and writes nothing.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var theme = CommonOptions.Theme();
        var verbosity = CommonOptions.Verbosity();
        var parallelism = CommonOptions.MaxParallelism();
        var cache = CommonOptions.ImageCache();
        var noCache = CommonOptions.NoImageCache();
        var clean = CommonOptions.Clean();
        var command = new Command("build", "Build the site from the input folder into the output folder.")
        {
            input, output, clean, baseUrl, theme, verbosity, parallelism, cache, noCache,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var level = parse.GetValue(verbosity);
            var inputFolder = parse.GetValue(input)!;
            var options = new BuildOptions(
                inputFolder,
                parse.GetValue(output)!,
                CommonOptions.ResolveTheme(parse.GetValue(theme), inputFolder),
                parse.GetValue(baseUrl),
                MaxDegreeOfParallelism: parse.GetValue(parallelism),
                ImageCacheFolder: CommonOptions.ResolveImageCache(parse.GetValue(cache), parse.GetValue(noCache)),
                Clean: parse.GetValue(clean));
            using var progress = level == Verbosity.Normal && BuildProgress.IsTerminal(stdout)
                ? new BuildProgress(stdout, SitePipelines.Create().Count * Enum.GetValues<Engine.Phase>().Length)
                : null;
            var builder = new SiteBuilder
            {
                PhaseLog = level == Verbosity.Detailed ? line => stdout.WriteLine("  " + line) : progress is null ? null : progress.PhaseDone,
                DetailLog = level == Verbosity.Detailed ? line => stdout.WriteLine("    " + line) : null,
            };

            var result = await builder.BuildAsync(options, cancellationToken).ConfigureAwait(false);
            progress?.Dispose();
            if (level == Verbosity.Detailed)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  Memory: {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB allocated; garbage collections {GC.CollectionCount(0)} (gen 0), {GC.CollectionCount(1)} (gen 1), {GC.CollectionCount(2)} (gen 2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms"));
            }

            return Report(result, options, level, stdout, stderr);
        });
        return command;
    }

    public static int Report(BuildResult result, BuildOptions options, Verbosity level, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Build failed with {result.Diagnostics.Count} error(s); nothing was written."));
            return Program.ContentErrors;
        }

        foreach (var warning in result.Warnings ?? [])
        {
            stderr.WriteLine(warning.ToString());
        }

        if (level != Verbosity.Quiet)
        {
            BuildSummary.Write(result, options, stdout);
        }

        return Program.Success;
    }
}
