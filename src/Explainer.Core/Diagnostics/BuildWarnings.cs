using System.Collections.Concurrent;

namespace Explainer.Diagnostics;

/// <summary>The warnings of one build, gathered from the explainers built in parallel, reported when it is done.</summary>
public sealed class BuildWarnings
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void AddRange(IEnumerable<Diagnostic> warnings)
    {
        foreach (var warning in warnings)
        {
            _items.Add(warning);
        }
    }

    public IReadOnlyList<Diagnostic> ToSortedList() => _items.Distinct().Order().ToList();
}
