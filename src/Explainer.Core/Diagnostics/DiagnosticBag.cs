using System.Collections.Concurrent;

namespace Explainer.Diagnostics;

/// <summary>Collects errors from every pipeline at once; thread-safe; reports them sorted.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public bool HasErrors => !_items.IsEmpty;

    /// <summary>How many have been added.</summary>
    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(SourceLocation location, string code, string message) => _items.Add(Diagnostic.At(location, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _items.Add(d);
        }
    }

    /// <summary>Distinct diagnostics in file, line, column order, so output is stable.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => _items.Distinct().Order().ToList();
}

/// <summary>
/// Thrown for content errors that stop a module; carries one or more located diagnostics.
/// </summary>
public sealed class ContentException : Exception
{
    public ContentException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public ContentException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToString() : "Content error")
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
