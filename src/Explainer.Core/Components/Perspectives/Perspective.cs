using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Perspectives;

/// <summary>A question and two or more competing views on it, each with its evidence.</summary>
public sealed record Perspective(string Id, string Question, string? Intro, IReadOnlyList<View> Views, SourceLocation Location) : IEntry
{
    public static readonly string[] Keys = ["id", "question", "intro", "views"];

    public static Perspective? Read(YamlMap map)
    {
        map.AllowOnly("a perspective", Keys);
        var id = EntryIds.Read(map, "a perspective");
        var question = map.String("question", required: true, where: $"perspective '{id}'");
        var views = map.Maps("views", required: true).Select(View.Read).OfType<View>().ToList();
        if (map.Has("views") && map.Sequence("views").Count < 2)
        {
            map.Context.Error(map.NodeOf("views")!, ErrorCodes.InvalidValue, $"perspective '{id}' needs at least two views");
        }

        return id is null || question is null ? null : new Perspective(id, question, map.String("intro"), views, map.Location);
    }
}

/// <summary>One view: a label, who holds it, a summary, and evidence (article blocks or quotes).</summary>
/// <param name="HeldBy">Who holds the view, in words ("manche", "Chris Monday").</param>
/// <param name="People">People who hold the view, by id.</param>
public sealed record View(
    string Id,
    string Label,
    string Summary,
    string? HeldBy,
    IReadOnlyList<Reference> People,
    IReadOnlyList<Reference> Evidence,
    SourceLocation Location) : IEntry
{
    public static readonly string[] Keys = ["id", "label", "summary", "held_by", "people", "evidence"];

    public static View? Read(YamlMap map)
    {
        map.AllowOnly("a view", Keys);
        var id = EntryIds.Read(map, "a view");
        var label = map.String("label", required: true, where: $"view '{id}'");
        var summary = map.String("summary", required: true, where: $"view '{id}'");
        var evidence = EntryIds.Many(map, "evidence");
        if (!map.Has("evidence"))
        {
            map.Context.Error(map.Node, ErrorCodes.MissingField, $"missing required field 'evidence' in view '{id}': name the paragraphs or quotes that support it");
        }

        return id is null || label is null || summary is null
            ? null
            : new View(id, label, summary, map.String("held_by"), EntryIds.Many(map, "people"), evidence, map.Location);
    }
}
