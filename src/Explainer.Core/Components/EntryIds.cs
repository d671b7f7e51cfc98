using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components;

/// <summary>Reads the <c>id</c> every entry of explainer.yml has, and references to other entries.</summary>
public static class EntryIds
{
    public static string? Read(YamlMap map, string what)
    {
        var id = map.String("id", required: true, where: what);
        if (id is not null && !BlockIds.IsValid(id))
        {
            map.Context.Error(map.NodeOf("id")!, ErrorCodes.InvalidId, $"the id '{id}' of {what} must use only lower-case letters, digits and hyphens");
            return null;
        }

        if (id is not null && id.Length > BlockIds.MaxEntryIdLength)
        {
            map.Context.Error(map.NodeOf("id")!, ErrorCodes.InvalidId,
                $"the id '{id[..40]}…' of {what} is too long ({id.Length} characters): it names a file and a URL, and may have at most {BlockIds.MaxEntryIdLength}");
            return null;
        }

        return id;
    }

    public static Reference? One(YamlMap map, string key, bool required = false, string? where = null)
    {
        var id = map.String(key, required, where);
        return id is null ? null : new Reference(id, map.LocationOf(key));
    }

    public static IReadOnlyList<Reference> Many(YamlMap map, string key) =>
        map.Strings(key).Select(s => new Reference(s.Value, s.Location)).ToList();
}
