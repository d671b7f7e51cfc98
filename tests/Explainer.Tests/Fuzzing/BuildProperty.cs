using System.Text;
using System.Text.RegularExpressions;
using Explainer.Cli;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzzing;

/// <summary>How a case's build ended, when it kept the property.</summary>
/// <param name="Built">True when the build succeeded; false when it was rejected with located errors.</param>
/// <param name="Codes">The error codes printed, for the run's summary.</param>
public sealed record BuildOutcome(bool Built, IReadOnlyList<string> Codes);

/// <summary>
/// The property every input must keep: <c>explainer build</c>, run in-process as a user runs it,
/// either succeeds (exit 0, nothing on stderr, a site whose every page is valid HTML, see
/// <see cref="HtmlValidity"/>) or exits 1 with nothing but located error lines and the summary
/// line, and writes nothing. It never throws, never hangs, and never reports XPL0002 (a module that failed unexpectedly).
/// </summary>
public static partial class BuildProperty
{
    /// <summary>A build of the seed takes well under a second; this much means it hangs.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The seed's image is never mutated: encoding it once for the whole run, not once per case,
    /// makes a case cost 30 to 45 ms instead of 180 ms (Debug build). The folder goes with the test process.
    /// </summary>
    private static readonly string ImageCache = Path.Combine(UserCacheFolder.Path, "fuzz-images");

    /// <summary>
    /// Checks the property for the seed input with <paramref name="file"/> replaced by <paramref name="text"/>.
    /// Throws <see cref="PropertyViolation"/> when it does not hold.
    /// </summary>
    public static BuildOutcome Check(FuzzedFile file, byte[] text)
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(Repository.Input, "input");
        File.WriteAllBytes(Path.Combine(input, file.RelativePath()), text);
        var output = temp.Combine("site");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var run = Task.Run(() => Program.Run(["build", "--input", input, "--output", output, "--theme", Repository.Theme, "--cache", ImageCache], stdout, stderr));
        if (!run.Wait(Timeout, TestContext.Current.CancellationToken))
        {
            throw new PropertyViolation("hang", $"the build did not end within {Timeout.TotalSeconds:N0} s") { IsHang = true };
        }

        if (run.Exception?.InnerException is { } thrown)
        {
            throw new PropertyViolation($"threw {thrown.GetType().Name}", $"the command threw instead of reporting:\n{thrown}");
        }

        var exit = run.Result;
        var printed = $"exit code {exit}\n--- stdout\n{stdout}--- stderr\n{stderr}---";
        var leftOver = Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => n is not "input" and not "site").ToList();
        if (leftOver.Count > 0)
        {
            throw new PropertyViolation("files left beside the output", $"the build left {string.Join(", ", leftOver)} beside the output\n{printed}");
        }

        return exit switch
        {
            Program.Success => CheckSite(output, stderr.ToString(), printed),
            Program.ContentErrors => CheckErrors(output, stderr.ToString(), printed),
            _ => throw new PropertyViolation($"exit code {exit}: {PropertyViolation.Generalise(stderr.ToString().Split('\n')[0])}", $"unexpected {printed}"),
        };
    }

    private static BuildOutcome CheckSite(string output, string stderr, string printed)
    {
        if (stderr.Length > 0)
        {
            throw new PropertyViolation("stderr on success", $"a successful build printed to stderr\n{printed}");
        }

        if (!File.Exists(Path.Combine(output, "index.html")))
        {
            throw new PropertyViolation("no index.html", $"a successful build wrote no index.html\n{printed}");
        }

        var problems = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(page => HtmlValidity.Errors(File.ReadAllText(page, Encoding.UTF8)).Select(e => $"{Path.GetRelativePath(output, page)}{e}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new PropertyViolation($"invalid HTML: {PropertyViolation.Generalise(problems[0])}", $"the site has pages that are not valid HTML:\n{string.Join('\n', problems.Take(20))}\n{printed}");
        }

        return new BuildOutcome(true, []);
    }

    private static BuildOutcome CheckErrors(string output, string stderr, string printed)
    {
        if (Directory.Exists(output))
        {
            throw new PropertyViolation("output written by a failed build", $"a failed build wrote the output folder\n{printed}");
        }

        var lines = stderr.Split('\n');
        // WriteLine ends the last line with a line feed, so the split leaves an empty string after it.
        if (lines.Length < 3 || lines[^1].Length > 0)
        {
            throw new PropertyViolation("no error line", $"a failed build must print at least one error line and the summary\n{printed}");
        }

        var errors = lines[..^2];
        var wrong = errors.Where(l => !ErrorLine().IsMatch(l)).ToList();
        if (wrong.Count > 0)
        {
            throw new PropertyViolation($"not an error line: {PropertyViolation.Generalise(wrong[0])}", $"lines that are not 'path(line,col): error XPLnnnn: message':\n{string.Join('\n', wrong.Take(10))}\n{printed}");
        }

        var codes = errors.Select(l => ErrorLine().Match(l).Groups["code"].Value).ToList();
        if (codes.Contains("XPL0002"))
        {
            throw new PropertyViolation($"XPL0002: {PropertyViolation.Generalise(errors.First(l => l.Contains("XPL0002", StringComparison.Ordinal)))}", $"a module failed unexpectedly (XPL0002)\n{printed}");
        }

        if (lines[^2] != $"Build failed with {errors.Length} error(s); nothing was written.")
        {
            throw new PropertyViolation("wrong summary line", $"the summary line does not count the errors\n{printed}");
        }

        return new BuildOutcome(false, codes);
    }

    /// <summary>
    /// One error as the build prints it. It must be one line that a terminal shows as it is: a control
    /// character quoted from the input (a line break, an escape sequence, a NUL) would break the line
    /// or garble it, so none may stand there, not even a tab.
    /// </summary>
    [GeneratedRegex(@"^[^\x00-\x1F\x7F]+\(\d+,\d+\): error (?<code>XPL\d{4}): [^\x00-\x1F\x7F]+$")]
    private static partial Regex ErrorLine();
}
