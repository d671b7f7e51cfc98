using Explainer.Content;
using Explainer.Yaml;

namespace Explainer.Components;

/// <summary>
/// The common part of a component whose entries are <typeparamref name="TEntry"/>: it reads them
/// from the list under its <see cref="Key"/> in explainer.yml, one entry per item, and does nothing
/// else until the component says what it does (a component that is not placed, not shown in
/// scenes and not embedded overrides none of that).
/// </summary>
public abstract class Component<TEntry> : IComponent
    where TEntry : class, IEntry
{
    public abstract string Name { get; }

    public abstract string Key { get; }

    public abstract string EntryKind { get; }

    public Type EntryType => typeof(TEntry);

    public virtual string? PlacementClass => null;

    public virtual bool PlacedById => false;

    public virtual string? SceneKey => null;

    public virtual string? EmbedPartial => null;

    public virtual IReadOnlyList<string> Templates => [];

    public virtual IReadOnlyList<string> UiStrings => [];

    public virtual IReadOnlyList<string> ReservedIds => [];

    public IReadOnlyList<IEntry> Read(YamlMap explainer) =>
        Order(explainer.Maps(Key).Select(ReadEntry).OfType<TEntry>()).ToList();

    public virtual IEnumerable<DeclaredId> Declare(ExplainerData data) =>
        data.Of<TEntry>().Select(e => new DeclaredId(e.Id, EntryKind, e.Location));

    public virtual void Check(EntryCheck check)
    {
    }

    public virtual BodyItem Place(ArticleBlock div, ExplainerContext context) =>
        throw new NotSupportedException($"the component '{Name}' is not placed in the article");

    public virtual IEnumerable<BodyItem> Unplaced(ExplainerContext context) => [];

    public virtual object Show(string id, ExplainerContext context) =>
        throw new NotSupportedException($"a scene cannot show the component '{Name}'");

    public virtual object? ShowMany(IReadOnlyList<string> ids, ExplainerContext context) => null;

    public virtual string Annotate(ArticleBlock block, string html, ExplainerContext context) => html;

    public virtual IEnumerable<SourceLink> Sources(ExplainerData data) => [];

    /// <summary>Reads one entry; null when it has errors (they are reported).</summary>
    protected abstract TEntry? ReadEntry(YamlMap map);

    /// <summary>The order the entries are kept in: the file's, unless the component says otherwise.</summary>
    protected virtual IEnumerable<TEntry> Order(IEnumerable<TEntry> entries) => entries;
}
