using System.Globalization;

namespace Explainer.Load;

/// <summary>One run's figures, and how they are printed: a Markdown table row and the details below it.</summary>
public sealed record LoadReport(LoadOptions Options, ClientResults Results, CpuUse Cpu, int Edits, IReadOnlyList<double> RebuildsMs, int FailedRebuilds)
{
    private const int FailuresShown = 20;

    public int NonOk => Results.FailureCount;

    public double RequestsPerSecond => Results.LatenciesMs.Count / Options.Duration.TotalSeconds;

    public void WriteTable(TextWriter writer)
    {
        var sorted = Results.LatenciesMs.Order().ToArray();
        writer.WriteLine("| clients | seconds | requests | req/s | MB/s | p50 ms | p90 ms | p99 ms | max ms | non-200 | edits | rebuilds | failed builds | rebuild ms p50 / max | server CPU cores | load program CPU cores |");
        writer.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var rebuilds = RebuildsMs.Order().ToArray();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Options.Clients} | {Options.Duration.TotalSeconds:F0} | {sorted.Length} | {RequestsPerSecond:F0} | {Results.Bytes / Options.Duration.TotalSeconds / 1e6:F1} | {Percentile(sorted, 0.50):F2} | {Percentile(sorted, 0.90):F2} | {Percentile(sorted, 0.99):F2} | {(sorted.Length == 0 ? 0 : sorted[^1]):F1} | {NonOk} | {Edits} | {rebuilds.Length} | {FailedRebuilds} | {Percentile(rebuilds, 0.50):F1} / {(rebuilds.Length == 0 ? 0 : rebuilds[^1]):F1} | {(Cpu.Server is { } server ? (server / Options.Duration).ToString("F2", CultureInfo.InvariantCulture) : "–")} | {Cpu.LoadProgram / Options.Duration:F2} |"));
    }

    public void WriteDetails(TextWriter writer, ServerProcess server)
    {
        writer.WriteLine("responses by status: " + string.Join(", ", Results.Statuses.OrderBy(s => s.Key)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{(s.Key == 0 ? "no response" : s.Key.ToString(CultureInfo.InvariantCulture))}: {s.Value}"))));
        var total = Math.Max(1, Results.Kinds.Values.Sum());
        writer.WriteLine("requests by kind: " + string.Join(", ", Results.Kinds.OrderByDescending(k => k.Value)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{RequestMix.Describe(k.Key)} {k.Value} ({100.0 * k.Value / total:F1} %)"))));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"non-200 (a status other than 200, no response, or a body shorter than announced or not ending as its format does; warm-up included): {NonOk}"));
        foreach (var failure in Results.Failures.Take(FailuresShown))
        {
            var before = server.LastLineBefore(failure.At);
            var after = server.FirstLineAfter(failure.At);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  sent at {failure.At.TotalSeconds:F3} s, answered in {failure.Took.TotalMilliseconds:F1} ms: GET {failure.Url.Url.AbsolutePath} -> {failure.Problem}"));
            writer.WriteLine($"    the server's line before: {Describe(before)}");
            writer.WriteLine($"    the server's line after: {Describe(after)}");
        }

        if (NonOk > Math.Min(FailuresShown, Results.Failures.Count))
        {
            writer.WriteLine($"  … and {NonOk - Math.Min(FailuresShown, Results.Failures.Count)} more");
        }
    }

    private static string Describe(ServerLine? line) =>
        line is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"at {line.At.TotalSeconds:F3} s, {line.Text}");

    /// <summary>The nearest-rank percentile of sorted values; 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>CPU time used by the server and by this program (clients, editor, bookkeeping), at one moment or over the measured window.</summary>
/// <param name="Server">Null when the server had ended.</param>
public sealed record CpuUse(TimeSpan? Server, TimeSpan LoadProgram)
{
    /// <summary>What was used from this moment until <paramref name="later"/>.</summary>
    public CpuUse Until(CpuUse later) => new(later.Server - Server, later.LoadProgram - LoadProgram);
}
