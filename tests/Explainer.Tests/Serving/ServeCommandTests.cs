using System.Diagnostics;
using System.Text.RegularExpressions;
using Explainer.Cli;
using Explainer.Tests.Support;

namespace Explainer.Tests.Serving;

/// <summary><c>explainer serve</c> as a user runs it: a process that prints its URL, serves, and stops cleanly on Ctrl+C (SIGINT).</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ctrl_c_stops_the_server_cleanly_with_exit_code_0()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGINT is sent with kill(1)");
        Assert.SkipWhen(SigintIgnored(), "SIGINT is ignored in this process (started in the background by a shell without job control, or with nohup), and the server would inherit that");
        var cancel = TestContext.Current.CancellationToken;
        var input = _temp.CopyFrom(Repository.Input, "input");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "explainer.dll"), "serve", "--input", input, "--output", _temp.Combine("_site"), "--theme", Repository.Theme })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync(cancel);
            var lines = new List<string>();
            Uri? url = null;
            using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            {
                limit.CancelAfter(TimeSpan.FromSeconds(60));
                while (url is null && await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
                {
                    lines.Add(line);
                    url = ServingLine().Match(line) is { Success: true } m ? new Uri(m.Groups["url"].Value) : null;
                }
            }

            Assert.True(url is not null, "no 'Serving URL' line: " + string.Join('\n', lines));
            using (var http = new HttpClient())
            {
                Assert.Contains("<html", await http.GetStringAsync(new Uri(url, "putin-nordkorea/"), cancel), StringComparison.Ordinal);
            }

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(cancel);
            }

            var stopped = Stopwatch.StartNew();
            var rest = await process.StandardOutput.ReadToEndAsync(cancel);
            await process.WaitForExitAsync(cancel).WaitAsync(TimeSpan.FromSeconds(20), cancel);

            Assert.True(process.ExitCode == Program.Success, $"exit code {process.ExitCode}; stderr: {await stderr}");
            Assert.EndsWith("Stopping.\nStopped.\n", rest.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.True(stopped.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopped.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task A_port_in_use_exits_2_with_a_message()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await Task.Run(
            () => Program.Run(["serve", "--port", port, "--input", Repository.Input, "--output", _temp.Combine("_site"), "--theme", Repository.Theme], stdout, stderr),
            TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(Program.UsageError, exit);
        Assert.Contains($"explainer: error: cannot listen on 127.0.0.1:{port}: ", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Whether SIGINT is ignored here (bit 2 of SigIgn in /proc/self/status): children inherit it, and Ctrl+C could not stop them.</summary>
    private static bool SigintIgnored() =>
        File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << 1)) != 0;

    [GeneratedRegex(@"^Serving (?<url>http://127\.0\.0\.1:\d+/\S*) ")]
    private static partial Regex ServingLine();
}
