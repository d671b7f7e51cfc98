using System.Diagnostics;
using System.Globalization;

namespace Explainer.Cli.Commands;

/// <summary>
/// One line, rewritten in place, while a build runs: phases done of all phases, and the last one
/// done. Only for a terminal (the caller checks <see cref="Console.IsOutputRedirected"/>), and only
/// once the build has taken a moment: a quick build prints nothing but its summary.
/// </summary>
internal sealed class BuildProgress : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _terminal;
    private readonly int _total;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private int _done;
    private string _last = "starting";
    private int _shownLength;
    private bool _disposed;

    public BuildProgress(TextWriter terminal, int totalPhases)
    {
        _terminal = terminal;
        _total = totalPhases;
        _timer = new Timer(_ => Draw(), null, Delay, Interval);
    }

    /// <summary>Whether progress may be drawn on <paramref name="stdout"/>: the console itself, not redirected.</summary>
    public static bool IsTerminal(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Takes the engine's phase line, e.g. <c>Pages/PostProcess: 3 document(s) in 128 ms</c>.</summary>
    public void PhaseDone(string line)
    {
        lock (_lock)
        {
            _done++;
            _last = line.Split(':', 2)[0];
        }
    }

    /// <summary>Stops drawing and clears the line, so that the summary starts on a clean one.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer.Dispose();
            if (_shownLength > 0)
            {
                _terminal.Write("\r" + new string(' ', _shownLength) + "\r");
                _terminal.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var text = string.Create(CultureInfo.InvariantCulture,
                $"Building: {_done}/{_total} phases done, last {_last} ({_watch.Elapsed.TotalSeconds:F1} s)");
            _terminal.Write("\r" + text.PadRight(_shownLength));
            _terminal.Flush();
            _shownLength = Math.Max(_shownLength, text.Length);
        }
    }
}
