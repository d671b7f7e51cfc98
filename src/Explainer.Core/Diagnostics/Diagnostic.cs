namespace Explainer.Diagnostics;

/// <summary>
/// A located build error, printed as <c>path(line,col): error XPLnnn: message</c>, or a warning
/// (<see cref="Severity"/>), printed with <c>warning</c> instead of <c>error</c>.
/// </summary>
/// <param name="Path">The file, relative to the current folder where possible, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Code">A stable code such as <c>XPL0101</c> (see docs/errors.md).</param>
/// <param name="Message">What is wrong, naming the offending id or value.</param>
public sealed record Diagnostic(string Path, int Line, int Column, string Code, string Message)
    : IComparable<Diagnostic>
{
    /// <summary>An error stops the build; a warning is printed and the build goes on.</summary>
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    public static Diagnostic At(SourceLocation location, string code, string message) =>
        new(location.Path, location.Line, location.Column, code, message);

    public static Diagnostic Warning(SourceLocation location, string code, string message) =>
        new(location.Path, location.Line, location.Column, code, message) { Severity = DiagnosticSeverity.Warning };

    public override string ToString() =>
        $"{OneLine(Path)}({Math.Max(Line, 1)},{Math.Max(Column, 1)}): {(Severity == DiagnosticSeverity.Warning ? "warning" : "error")} {Code}: {OneLine(Message)}";

    /// <summary>
    /// An error is one line that a terminal shows as it is: a line break, an escape sequence or another
    /// control character quoted from the input is written as <c>\uXXXX</c>.
    /// </summary>
    private static string OneLine(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) : text;

    public int CompareTo(Diagnostic? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(Path, other.Path);
        if (c == 0) c = Line.CompareTo(other.Line);
        if (c == 0) c = Column.CompareTo(other.Column);
        if (c == 0) c = string.CompareOrdinal(Code, other.Code);
        if (c == 0) c = string.CompareOrdinal(Message, other.Message);
        return c;
    }
}

/// <summary>Whether a diagnostic stops the build.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>A place in a source file.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
