using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.People;

/// <summary>A person (or a publication) who speaks or holds a view.</summary>
/// <param name="Aliases">Other names the article uses, e.g. "Herr Monday".</param>
public sealed record Person(string Id, string Name, string? Role, IReadOnlyList<string> Aliases, Reference? Portrait, SourceLocation Location) : IEntry
{
    public static readonly string[] Keys = ["id", "name", "role", "aliases", "portrait"];

    public static Person? Read(YamlMap map)
    {
        map.AllowOnly("a person", Keys);
        var id = EntryIds.Read(map, "a person");
        var name = map.String("name", required: true, where: $"person '{id}'");
        return id is null || name is null
            ? null
            : new Person(id, name, map.String("role"), map.Strings("aliases").Select(a => a.Value).ToList(), EntryIds.One(map, "portrait"), map.Location);
    }
}
