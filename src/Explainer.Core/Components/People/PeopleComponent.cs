using Explainer.Yaml;

namespace Explainer.Components.People;

/// <summary>
/// The people who speak or hold a view: quotes and views name them by id. They are not shown on
/// their own, so the component has no templates.
/// </summary>
public sealed class PeopleComponent : Component<Person>
{
    public override string Name => "people";

    public override string Key => "people";

    public override string EntryKind => "person";

    protected override Person? ReadEntry(YamlMap map) => Person.Read(map);

    public override void Check(EntryCheck check)
    {
        foreach (var p in check.Data.Of<Person>())
        {
            check.Expect(p.Portrait, "media item", $"person '{p.Id}'");
        }
    }
}
