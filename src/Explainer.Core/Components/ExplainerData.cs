using Explainer.Yaml;

namespace Explainer.Components;

/// <summary>The structured layer of an explainer, from explainer.yml: the entries of each registered component.</summary>
public sealed class ExplainerData
{
    private readonly Dictionary<Type, IReadOnlyList<IEntry>> _entries;

    private ExplainerData(Dictionary<Type, IReadOnlyList<IEntry>> entries) => _entries = entries;

    public static readonly ExplainerData Empty = new([]);

    /// <summary>The entries of the component whose entries are <typeparamref name="T"/>, in file order (the timeline: by date).</summary>
    public IReadOnlyList<T> Of<T>()
        where T : IEntry =>
        _entries.TryGetValue(typeof(T), out var entries) ? (IReadOnlyList<T>)entries : [];

    /// <summary>The entries of <paramref name="component"/>.</summary>
    public IReadOnlyList<IEntry> Of(IComponent component) =>
        _entries.TryGetValue(component.EntryType, out var entries) ? entries : [];

    /// <summary>Reads every component's entries; each problem is reported with its line and column.</summary>
    public static ExplainerData Read(YamlMap map)
    {
        map.AllowOnly("explainer.yml", [.. ComponentList.All.Select(c => c.Key)]);
        return new ExplainerData(ComponentList.All.ToDictionary(c => c.EntryType, c => c.Read(map)));
    }
}
