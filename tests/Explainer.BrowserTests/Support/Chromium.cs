namespace Explainer.BrowserTests.Support;

/// <summary>Debian's Chromium, never a downloaded one: the machines reach no browser download site.</summary>
public static class Chromium
{
    /// <summary><c>/usr/bin/chromium</c>, or the path in <c>CHROMIUM_PATH</c>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Root needs --no-sandbox; the rest keep Chromium from calling home, which this machine's closed
    /// network refuses, many connections at a time.
    /// </summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
    ];

    public static void RequireInstalled() =>
        ToolGate.Require(File.Exists(ExecutablePath),
            $"Chromium is not installed at {ExecutablePath} (apt-get install chromium chromium-driver, or set CHROMIUM_PATH).");
}
