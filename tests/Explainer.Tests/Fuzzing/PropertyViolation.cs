using System.Text.RegularExpressions;

namespace Explainer.Tests.Fuzzing;

/// <summary>A case that broke the property; the message says how.</summary>
/// <param name="kind">The kind of failure, the same for every case that shows one bug, so that a long run can count them.</param>
public sealed partial class PropertyViolation(string kind, string message) : Exception(message)
{
    public string Kind { get; } = kind;

    /// <summary>True when the build did not end in time: its thread may still be running, so the run must stop.</summary>
    public bool IsHang { get; init; }

    /// <summary>A line of output without what changes from case to case: quoted text, numbers, the temporary path.</summary>
    public static string Generalise(string line)
    {
        var general = Variable().Replace(line, "…");
        return general.Length > 120 ? general[..120] : general;
    }

    [GeneratedRegex(@"^.*?\(\d+,\d+\): |'[^']*'|""[^""]*""|(?<!XPL\d*)\d+")]
    private static partial Regex Variable();
}
