using System.Diagnostics;
using System.Globalization;

namespace Explainer.Load;

/// <summary>
/// One load run: copies input/ and theme/ into a temporary folder, starts <c>explainer serve</c> on
/// them, runs the clients and the editor side by side, checks that the last edit reached the page,
/// stops the server, prints the figures and deletes the copies.
/// </summary>
public static class LoadRun
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan LastEditPatience = TimeSpan.FromSeconds(10);

    /// <summary>Runs it; 0 when every response was a whole 200, the last edit reached the page and the server stopped cleanly, else 1.</summary>
    public static async Task<int> RunAsync(LoadOptions options, TextWriter output, CancellationToken stop)
    {
        var folder = Path.Combine(Path.GetTempPath(), "explainer-load", Guid.NewGuid().ToString("N"));
        try
        {
            var input = Path.Combine(folder, "input");
            CopyFolder(options.InputFolder, input);
            CopyFolder(options.ThemeFolder, Path.Combine(folder, "theme"));
            var article = Directory.EnumerateDirectories(input).Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "article.md")).FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException($"{options.InputFolder} has no explainer with an article.md");
            var editor = new ArticleEditor(article, options.Edit);
            var loadBefore = LoadAverage();

            var clock = Stopwatch.StartNew();
            string[] serve =
            [
                "serve", "--input", input, "--output", Path.Combine(folder, "_site"), "--theme", Path.Combine(folder, "theme"),
                "--cache", Path.Combine(folder, "image-cache"), "--base-url", options.BaseUrl.AbsoluteUri,
            ];
            await using var server = await ServerProcess.StartAsync(options.ServerCommand, serve, clock, StartPatience, stop).ConfigureAwait(false);
            var mix = RequestMix.FromSite(Path.Combine(folder, "_site"), server.Url);
            var explainerPage = mix.Urls.FirstOrDefault(u => u.Kind == UrlKind.ExplainerPage)
                ?? throw new InvalidOperationException("the built site has no explainer page");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"explainer serve at {server.Url}: {options.Clients} clients for {options.Duration.TotalSeconds:F0} s after {options.Warmup.TotalSeconds:F0} s of warm-up; {Path.GetRelativePath(folder, article)} edited every {options.EditInterval.TotalMilliseconds:F0} ms ({options.Edit.ToString().ToLowerInvariant()})"));
            output.WriteLine($"{mix.Urls.Count} URLs, drawn by kind: " + string.Join(", ", mix.Shares.OrderByDescending(s => s.Value)
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"{RequestMix.Describe(s.Key)} {100 * s.Value:F0} %"))));

            var measuredFrom = clock.Elapsed + options.Warmup;
            var until = measuredFrom + options.Duration;
            var clients = new LoadClients(mix, clock).RunAsync(options.Clients, measuredFrom, until, stop);
            var editing = editor.RunAsync(options.EditInterval, measuredFrom, until, clock, stop);
            var cpuFrom = CpuAtAsync(server, measuredFrom, clock);
            var results = await clients.ConfigureAwait(false);
            var cpu = (await cpuFrom.ConfigureAwait(false)).Until(CpuNow(server));
            await editing.ConfigureAwait(false);

            var lastEditShown = await WaitForTextAsync(explainerPage.Url, editor.LastMark, stop).ConfigureAwait(false);
            var stopped = await server.StopAsync().ConfigureAwait(false);
            var report = new LoadReport(options, results, cpu, editor.Edits, server.RebuildMilliseconds(), server.FailedRebuilds());

            output.WriteLine($"load average before: {loadBefore}; after: {LoadAverage()} ({Environment.ProcessorCount} cores; the clients and the server share them)");
            output.WriteLine();
            report.WriteTable(output);
            output.WriteLine();
            report.WriteDetails(output, server);
            output.WriteLine(editor.LastMark is null ? "no edit was made"
                : $"the explainer page shows the last edit {editor.LastMark}: {(lastEditShown ? "yes" : $"no, not within {LastEditPatience.TotalSeconds:F0} s")}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server: exit code {stopped.ExitCode} {(stopped.EndedBefore ? "before the end of the run" : stopped.Killed ? "after it was killed (SIGINT did not stop it)" : "after SIGINT")}, {stopped.Took.TotalMilliseconds:F0} ms"));
            foreach (var line in server.Lines.Where(l => l.IsError).Take(20))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server error output at {line.At.TotalSeconds:F3} s: {line.Text}"));
            }

            var problems = new List<string>();
            if (report.NonOk > 0)
            {
                problems.Add($"{report.NonOk} non-200 response(s)");
            }

            if (!lastEditShown)
            {
                problems.Add("the last edit did not reach the page");
            }

            if (stopped.EndedBefore)
            {
                problems.Add("the server ended during the run");
            }
            else if (stopped.Killed || stopped.ExitCode != 0)
            {
                problems.Add("the server did not stop cleanly");
            }

            if (stop.IsCancellationRequested)
            {
                problems.Add("stopped early (Ctrl+C)");
            }

            if (report.FailedRebuilds > 0)
            {
                // Not the server's fault as such: the editor writes in place, and a rebuild that reads
                // article.md between the truncation and the write sees an empty file. The next edit's
                // rebuild succeeds; the last good site is served meanwhile, so no response shows it.
                output.WriteLine($"warning: {report.FailedRebuilds} rebuild(s) failed (the errors are above); a rebuild that reads article.md while it is being written in place fails");
            }

            output.WriteLine(problems.Count == 0 ? "OK" : "FAILED: " + string.Join("; ", problems));
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Whether the page shows <paramref name="text"/> within a few seconds: the rebuild after the last edit has been served.</summary>
    private static async Task<bool> WaitForTextAsync(Uri page, string? text, CancellationToken stop)
    {
        if (text is null)
        {
            return true;
        }

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < LastEditPatience && !stop.IsCancellationRequested)
        {
            try
            {
                if ((await http.GetStringAsync(page, stop).ConfigureAwait(false)).Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }

                await Task.Delay(100, stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // A server that ended answers no more: asked again until the deadline, then reported.
                await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return false;
    }

    /// <summary>The CPU times of the server and of this program when the measured window opens.</summary>
    private static async Task<CpuUse> CpuAtAsync(ServerProcess server, TimeSpan at, Stopwatch clock)
    {
        if (at > clock.Elapsed)
        {
            await Task.Delay(at - clock.Elapsed).ConfigureAwait(false);
        }

        return CpuNow(server);
    }

    private static CpuUse CpuNow(ServerProcess server)
    {
        using var self = Process.GetCurrentProcess();
        return new CpuUse(server.ProcessorTime, self.TotalProcessorTime);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            throw new InvalidOperationException($"{from} is not a folder");
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
