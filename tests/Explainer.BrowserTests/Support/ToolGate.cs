using System.Diagnostics.CodeAnalysis;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// A gate whose tool (Chromium, Java, an npm package) is missing is skipped, with the reason, on a
/// developer's machine, and fails when the environment variable <c>CI</c> is set: CI can never pass
/// without running every gate.
/// </summary>
public static class ToolGate
{
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value
        && !value.Equals("false", StringComparison.OrdinalIgnoreCase)
        && value != "0";

    public static void Require([DoesNotReturnIf(false)] bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"{reason} (CI is set, so a missing tool fails the gate instead of skipping it.)");
        }

        Assert.Skip(reason);
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
