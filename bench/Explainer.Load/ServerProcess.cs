using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Load;

/// <summary>A line the server printed, with the time it arrived on the run's clock.</summary>
public sealed record ServerLine(TimeSpan At, string Text, bool IsError);

/// <summary>
/// A real <c>explainer serve</c> process: started with the given command, its URL read from the
/// <c>Serving http://127.0.0.1:PORT/… </c> line, its output kept with the time each line arrived
/// (so that a failed request can be placed among the rebuilds), stopped with SIGINT as Ctrl+C
/// would, and killed should that not end it in time.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly Lock _lock = new();
    private readonly List<ServerLine> _lines = [];
    private readonly TaskCompletionSource<Uri> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private ServerProcess(Process process, Stopwatch clock)
    {
        _process = process;
        _clock = clock;
        _reading = Task.WhenAll(ReadAsync(process.StandardOutput, isError: false), ReadAsync(process.StandardError, isError: true));
    }

    /// <summary>The site's URL as the server printed it, e.g. <c>http://127.0.0.1:41237/explainer/</c>.</summary>
    public Uri Url => _url.Task.IsCompletedSuccessfully ? _url.Task.Result : throw new InvalidOperationException("the server has not printed its URL");

    /// <summary>Every line printed so far, in order of arrival.</summary>
    public IReadOnlyList<ServerLine> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>
    /// The CPU time the server process has used so far (the process started, not its children: with
    /// <c>dotnet run</c>, that is dotnet run's); null once it has ended.
    /// </summary>
    public TimeSpan? ProcessorTime
    {
        get
        {
            try
            {
                return _process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                return null; // it ended
            }
        }
    }

    /// <summary>The exit code once the process has ended.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Starts <paramref name="command"/> followed by <paramref name="arguments"/>, and waits up to <paramref name="timeout"/> for its URL.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyList<string> command, IEnumerable<string> arguments, Stopwatch clock, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command[0]}");
        process.StandardInput.Close();
        var server = new ServerProcess(process, clock);
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            await Task.WhenAny(server._url.Task, server._reading).WaitAsync(limit.Token).ConfigureAwait(false);
            if (!server._url.Task.IsCompleted)
            {
                throw new InvalidOperationException("the server ended without printing its URL:" + Environment.NewLine + server.Transcript());
            }

            return server;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw new TimeoutException($"the server printed no URL within {timeout.TotalSeconds:F0} s:" + Environment.NewLine + server.Transcript());
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Good rebuilds the server printed (the first build not counted), with the time each took by its own log.</summary>
    public IReadOnlyList<double> RebuildMilliseconds() =>
        Lines.Select(l => RebuildLine().Match(l.Text)).Where(m => m.Success)
            .Select(m => double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Rebuilds that failed, by the server's own line.</summary>
    public int FailedRebuilds() => Lines.Count(l => l.IsError && FailedLine().IsMatch(l.Text));

    /// <summary>The last line printed before <paramref name="at"/>, for placing a failed request.</summary>
    public ServerLine? LastLineBefore(TimeSpan at) => Lines.LastOrDefault(l => l.At <= at);

    /// <summary>The first line printed after <paramref name="at"/>: the rebuild a failed request may have met prints its line once committed.</summary>
    public ServerLine? FirstLineAfter(TimeSpan at) => Lines.FirstOrDefault(l => l.At > at);

    /// <summary>
    /// Sends SIGINT to the process and every process it started, as Ctrl+C in a terminal does to its
    /// foreground processes, and waits for it to end; kills them when it does not in time. The whole
    /// tree, since <c>dotnet run</c> leaves Ctrl+C to the program it runs and waits for it.
    /// </summary>
    public async Task<StopResult> StopAsync()
    {
        if (_process.HasExited)
        {
            return new StopResult(_process.ExitCode, Killed: false, TimeSpan.Zero, EndedBefore: true);
        }

        var stopping = Stopwatch.StartNew();
        var processes = new[] { _process.Id }.Concat(Descendants(_process.Id)).Select(id => id.ToString(CultureInfo.InvariantCulture));
        using (var kill = Process.Start("kill", ["-INT", .. processes]) ?? throw new InvalidOperationException("could not run kill"))
        {
            await kill.WaitForExitAsync().WaitAsync(StopPatience).ConfigureAwait(false);
        }

        try
        {
            await _process.WaitForExitAsync().WaitAsync(StopPatience).ConfigureAwait(false);
            await _reading.WaitAsync(StopPatience).ConfigureAwait(false);
            return new StopResult(_process.ExitCode, Killed: false, stopping.Elapsed);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(StopPatience).ConfigureAwait(false);
            return new StopResult(_process.ExitCode, Killed: true, stopping.Elapsed);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(StopPatience).ConfigureAwait(false);
        }

        _process.Dispose();
    }

    /// <summary>Everything the server printed, one line each.</summary>
    public string Transcript() => string.Join(Environment.NewLine, Lines.Select(l => l.Text));

    /// <summary>The processes below <paramref name="root"/>, from the parent of each in <c>/proc/PID/stat</c>.</summary>
    private static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue; // ended meanwhile
            }

            // "PID (name) STATE PPID …": the name may hold spaces and parentheses, so read after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent))
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
        }

        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var pid) && found.Count < 1000)
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        }

        return found;
    }

    private async Task ReadAsync(StreamReader reader, bool isError)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } text)
        {
            lock (_lock)
            {
                _lines.Add(new ServerLine(_clock.Elapsed, text, isError));
            }

            if (!isError && ServingLine().Match(text) is { Success: true } serving)
            {
                _url.TrySetResult(new Uri(serving.Groups["url"].Value));
            }
        }
    }

    // Only 127.0.0.1: the load stays on this machine.
    [GeneratedRegex(@"^Serving (?<url>http://127\.0\.0\.1:\d+/\S*) ")]
    private static partial Regex ServingLine();

    // "11:14:58 input/putin-nordkorea/article.md changed: built 1 explainer(s) in 8.6 ms (1 of 25 files changed), reloading 1 page(s)."
    [GeneratedRegex(@"^\d\d:\d\d:\d\d .+ changed: built .* in (?<ms>[0-9.]+) ms \(")]
    private static partial Regex RebuildLine();

    // "09:07:55 input/putin-nordkorea/article.md changed: the build failed with 1 error(s); still serving the last good site."
    [GeneratedRegex(@"^\d\d:\d\d:\d\d .+ changed: the build failed ")]
    private static partial Regex FailedLine();
}

/// <summary>How the server ended.</summary>
/// <param name="Killed">True when SIGINT did not end it in time and it was killed.</param>
/// <param name="EndedBefore">True when it had ended before it was told to stop.</param>
public sealed record StopResult(int ExitCode, bool Killed, TimeSpan Took, bool EndedBefore = false);
