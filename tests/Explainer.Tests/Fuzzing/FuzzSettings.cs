using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace Explainer.Tests.Fuzzing;

/// <summary>
/// How many cases a fuzz run tries, from which seed, and where it reports. The test run uses a fixed
/// seed and count; environment variables override them for the long run (bench/fuzz.sh).
/// </summary>
/// <param name="Seed">A CsCheck seed (12 characters); each case prints its own, to run it alone.</param>
/// <param name="Count">How many cases to run at most.</param>
/// <param name="Duration">How long to run at most; null for no limit.</param>
/// <param name="FailureFolder">Where each failing case's input and message are written; null for nowhere.</param>
/// <param name="ReportFile">Where the run's summary is written; null for nowhere.</param>
public sealed record FuzzSettings(string Seed, long Count, TimeSpan? Duration, string? FailureFolder, string? ReportFile)
{
    /// <summary>The seed of the test run. Changing it changes which cases CI tries.</summary>
    public const string DefaultSeed = "0explainer21";

    /// <summary>
    /// The cases of the test run: a case costs 30 to 45 ms in-process (Debug build, 2 cores, nothing
    /// else running), so 300 cases take 10 to 15 s, and well under a minute on a busy machine.
    /// </summary>
    public const long DefaultCount = 300;

    /// <summary>
    /// Reads <c>EXPLAINER_FUZZ_SEED</c> (a seed, or <c>random</c>), <c>EXPLAINER_FUZZ_COUNT</c>,
    /// <c>EXPLAINER_FUZZ_SECONDS</c> (with it and no count, the count is unbounded),
    /// <c>EXPLAINER_FUZZ_FAILURES</c> (a folder) and <c>EXPLAINER_FUZZ_REPORT</c> (a file).
    /// </summary>
    public static FuzzSettings FromEnvironment()
    {
        var seed = Environment.GetEnvironmentVariable("EXPLAINER_FUZZ_SEED") is { Length: > 0 } given ? given : DefaultSeed;
        if (seed == "random")
        {
            seed = new PCG((uint)Random.Shared.Next(64), (ulong)Stopwatch.GetTimestamp()).ToString();
        }

        // Parsing here makes a mistyped seed fail at once, naming the variable.
        try
        {
            PCG.Parse(seed);
        }
        catch (Exception e) when (e is CsCheckException or IndexOutOfRangeException)
        {
            throw new InvalidOperationException($"EXPLAINER_FUZZ_SEED '{seed}' is not a CsCheck seed (12 characters of 0-9, a-z, A-Z, _ and -).", e);
        }

        var seconds = Number("EXPLAINER_FUZZ_SECONDS");
        var count = Number("EXPLAINER_FUZZ_COUNT") ?? (seconds is null ? DefaultCount : long.MaxValue);
        return new FuzzSettings(
            seed,
            count,
            seconds is null ? null : TimeSpan.FromSeconds(seconds.Value),
            Environment.GetEnvironmentVariable("EXPLAINER_FUZZ_FAILURES") is { Length: > 0 } failures ? failures : null,
            Environment.GetEnvironmentVariable("EXPLAINER_FUZZ_REPORT") is { Length: > 0 } report ? report : null);
    }

    private static long? Number(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new InvalidOperationException($"{name} must be a positive whole number, not '{text}'.")
            : null;
}
