namespace Explainer.BrowserTests.Support;

/// <summary>
/// Collects every problem a gate finds, across all pages, so one run reports all of them instead of
/// stopping at the first.
/// </summary>
public sealed class Findings
{
    private readonly List<string> _items = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public void Add(string where, string problem)
    {
        lock (_lock)
        {
            _items.Add($"{where}: {problem}");
        }
    }

    /// <summary>Fails the test with one line per finding, under <paramref name="title"/>.</summary>
    public void AssertNone(string title)
    {
        lock (_lock)
        {
            if (_items.Count > 0)
            {
                Assert.Fail($"{title} ({_items.Count}):{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", _items)}");
            }
        }
    }
}
