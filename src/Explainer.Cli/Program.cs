using System.CommandLine;
using Explainer.Cli.Commands;

namespace Explainer.Cli;

/// <summary>The <c>explainer</c> command: exit 0 on success, 1 on content errors, 2 on wrong usage.</summary>
public static class Program
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Explainer turns a news article and a layer of structured data into a scrollytelling explainer site.")
        {
            BuildCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"explainer: error: {error.Message}");
            }

            stderr.WriteLine("Run 'explainer --help' for usage.");
            return UsageError;
        }

        // On Ctrl+C, System.CommandLine cancels the command and waits for it, by default for 2 s,
        // then exits 130 without letting it finish. `serve` stops its server letting requests in
        // flight finish for up to 5 s (StaticSiteServer), so the wait is longer than that.
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
    }
}
