using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzzing;

/// <summary>What a fuzz run did: how many cases, how they ended, and the cases that broke the property.</summary>
/// <param name="FailureKinds">How many cases showed each kind of failure (<see cref="PropertyViolation.Kind"/>).</param>
/// <param name="Failures">The first case of each kind, described in full.</param>
public sealed record FuzzReport(
    string Seed, long Cases, long Built, IReadOnlyDictionary<string, long> Codes, TimeSpan Elapsed,
    IReadOnlyDictionary<string, long> FailureKinds, IReadOnlyList<string> Failures)
{
    public long Failed => FailureKinds.Values.Sum();

    public override string ToString()
    {
        var summary = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"Fuzz run from seed {Seed}: {Cases:N0} cases in {Elapsed.TotalSeconds:N1} s, {Built:N0} built, {Cases - Built - Failed:N0} rejected, {Failed:N0} broke the property."));
        summary.Append("\nError codes of the rejected builds: ")
            .AppendJoin(", ", Codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} × {c.Value:N0}"));
        foreach (var (kind, count) in FailureKinds.OrderByDescending(k => k.Value))
        {
            summary.Append(CultureInfo.InvariantCulture, $"\n  {count:N0} × {kind}");
        }

        foreach (var failure in Failures)
        {
            summary.Append("\n\n").Append(failure);
        }

        return summary.ToString();
    }
}

/// <summary>
/// Runs cases one after another from one seed, so that a run is the same every time. CsCheck's own
/// <c>Sample</c> draws all but its first case from a clock-seeded generator per thread, which a CI
/// run must not. Each case is generated from the generator's state before it; that state, printed as a
/// CsCheck seed, runs the case again as the first of a run (EXPLAINER_FUZZ_SEED, EXPLAINER_FUZZ_COUNT=1).
/// </summary>
public static class FuzzRunner
{
    /// <summary>At most this many cases of one kind of failure are saved: a long run meets the same bug many times.</summary>
    private const int CasesSavedPerKind = 3;

    public static FuzzReport Run(FuzzSettings settings)
    {
        var originals = Enum.GetValues<FuzzedFile>().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(Repository.Input, f.RelativePath())));
        var random = PCG.Parse(settings.Seed);
        var watch = Stopwatch.StartNew();
        var codes = new Dictionary<string, long>(StringComparer.Ordinal);
        var failures = new List<string>();
        var kinds = new Dictionary<string, long>(StringComparer.Ordinal);
        long cases = 0, built = 0;
        while (cases < settings.Count && (settings.Duration is null || watch.Elapsed < settings.Duration))
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            var caseSeed = random.ToString();
            var fuzzCase = FuzzCaseGen.Cases.Generate(random, null, out Size _);
            var (text, steps) = fuzzCase.Apply(originals[fuzzCase.File]);
            var description = Describe(caseSeed, fuzzCase, steps, text);
            if (settings.FailureFolder is not null)
            {
                // If the process dies (a stack overflow cannot be caught), this names the case that killed it.
                Directory.CreateDirectory(settings.FailureFolder);
                File.WriteAllText(Path.Combine(settings.FailureFolder, "current-case.txt"), description);
            }

            cases++;
            try
            {
                var outcome = BuildProperty.Check(fuzzCase.File, text);
                built += outcome.Built ? 1 : 0;
                foreach (var code in outcome.Codes)
                {
                    codes[code] = codes.GetValueOrDefault(code) + 1;
                }
            }
            catch (PropertyViolation e)
            {
                var seen = kinds.GetValueOrDefault(e.Kind);
                kinds[e.Kind] = seen + 1;
                var failure = $"{description}\nFailure ({e.Kind}): {e.Message}";
                if (seen == 0)
                {
                    failures.Add(failure);
                }

                if (seen < CasesSavedPerKind)
                {
                    Save(settings.FailureFolder, caseSeed, fuzzCase.File, text, failure);
                }

                if (e.IsHang)
                {
                    break;
                }
            }
        }

        var report = new FuzzReport(settings.Seed, cases, built, codes, watch.Elapsed, kinds, failures);
        if (settings.ReportFile is not null)
        {
            File.WriteAllText(settings.ReportFile, report + "\n");
        }

        return report;
    }

    private static string Describe(string caseSeed, FuzzCase fuzzCase, IReadOnlyList<string> steps, byte[] text)
    {
        var description = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Case {caseSeed} (run it alone: EXPLAINER_FUZZ_SEED={caseSeed} EXPLAINER_FUZZ_COUNT=1)\n")
            .Append(CultureInfo.InvariantCulture, $"Mutations of input/{fuzzCase.File.RelativePath()}:\n");
        foreach (var step in steps)
        {
            description.Append("  - ").Append(step).Append('\n');
        }

        description.Append(CultureInfo.InvariantCulture, $"The mutated file ({text.Length:N0} bytes; control characters, invalid UTF-8 and invisible characters escaped):\n")
            .Append(Escaped.Bytes(text, 8_000, keepLineFeeds: true));
        return description.ToString();
    }

    private static void Save(string? folder, string caseSeed, FuzzedFile file, byte[] text, string failure)
    {
        if (folder is null)
        {
            return;
        }

        var caseFolder = Path.Combine(folder, caseSeed);
        var input = Path.Combine(caseFolder, "input");
        foreach (var source in Directory.EnumerateFiles(Repository.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(Repository.Input, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }

        File.WriteAllBytes(Path.Combine(input, file.RelativePath()), text);
        File.WriteAllText(Path.Combine(caseFolder, "failure.txt"), failure + "\n");
    }
}
