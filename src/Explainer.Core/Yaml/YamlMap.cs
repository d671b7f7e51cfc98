using System.Globalization;
using Explainer.Diagnostics;

namespace Explainer.Yaml;

/// <summary>
/// A YAML mapping read key by key. Each accessor reports wrong types and missing fields as located
/// errors and goes on, so one pass finds every error in a file.
/// </summary>
public sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, YamlContext context)
    {
        Node = node;
        Context = context;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
            {
                _entries[name] = (scalar, value);
            }
            else
            {
                context.Error(key, ErrorCodes.WrongType, "keys must be plain names");
            }
        }
    }

    public YamlMappingNode Node { get; }

    public YamlContext Context { get; }

    public SourceLocation Location => Context.LocationOf(Node);

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key) && !IsNull(_entries[key].Value);

    /// <summary>Reports every key that is not in <paramref name="known"/>.</summary>
    public void AllowOnly(string where, params string[] known)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                var hint = known.OrderBy(k => Distance(k, name)).First();
                var suggestion = Distance(hint, name) <= 2 ? $" (did you mean '{hint}'?)" : string.Empty;
                Context.Error(key, ErrorCodes.UnknownKey, $"unknown key '{name}' in {where}{suggestion}; allowed: {string.Join(", ", known)}");
            }
        }
    }

    public YamlNode? NodeOf(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var e) ? Context.LocationOf(e.Value) : Location;

    public string? String(string key, bool required = false, string? where = null)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            if (required)
            {
                Context.Error(e.Value ?? Node, ErrorCodes.MissingField, $"missing required field '{key}'{(where is null ? "" : " in " + where)}");
            }

            return null;
        }

        if (e.Value is not YamlScalarNode scalar)
        {
            Context.Error(e.Value, ErrorCodes.WrongType, $"'{key}' must be text, not a {KindOf(e.Value)}");
            return null;
        }

        var value = scalar.Value;
        if (required && string.IsNullOrWhiteSpace(value))
        {
            Context.Error(scalar, ErrorCodes.MissingField, $"'{key}' must not be empty{(where is null ? "" : " in " + where)}");
            return null;
        }

        return value;
    }

    public bool? Bool(string key)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            return null;
        }

        if (e.Value is YamlScalarNode { IsPlain: true, Value: "true" or "false" } s)
        {
            return s.Value == "true";
        }

        Context.Error(e.Value, ErrorCodes.WrongType, $"'{key}' must be true or false");
        return null;
    }

    public int? Int(string key)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            return null;
        }

        if (e.Value is YamlScalarNode { IsPlain: true } s
            && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Context.Error(e.Value, ErrorCodes.WrongType, $"'{key}' must be a whole number");
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            if (required)
            {
                Context.Error(Node, ErrorCodes.MissingField, $"missing required field '{key}'");
            }

            return null;
        }

        if (e.Value is YamlMappingNode map)
        {
            return new YamlMap(map, Context);
        }

        Context.Error(e.Value, ErrorCodes.WrongType, $"'{key}' must be a mapping of keys to values, not a {KindOf(e.Value)}");
        return null;
    }

    /// <summary>The items of a sequence; a missing key gives an empty list.</summary>
    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            if (required)
            {
                Context.Error(Node, ErrorCodes.MissingField, $"missing required field '{key}'");
            }

            return [];
        }

        if (e.Value is YamlSequenceNode seq)
        {
            return seq.Children;
        }

        Context.Error(e.Value, ErrorCodes.WrongType, $"'{key}' must be a list, not a {KindOf(e.Value)}");
        return [];
    }

    /// <summary>The items of a sequence that are mappings; other items are reported.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required = false)
    {
        var result = new List<YamlMap>();
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlMappingNode m)
            {
                result.Add(new YamlMap(m, Context));
            }
            else
            {
                Context.Error(item, ErrorCodes.WrongType, $"each item of '{key}' must be a mapping of keys to values, not a {KindOf(item)}");
            }
        }

        return result;
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> Strings(string key)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            return [];
        }

        if (e.Value is YamlScalarNode single)
        {
            return [(single.Value, Context.LocationOf(single))];
        }

        var result = new List<(string, SourceLocation)>();
        foreach (var item in Sequence(key))
        {
            if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
            {
                result.Add((s.Value, Context.LocationOf(s)));
            }
            else
            {
                Context.Error(item, ErrorCodes.WrongType, $"each item of '{key}' must be text");
            }
        }

        return result;
    }

    public static string KindOf(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text",
    };

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { IsPlain: true, Value: "" or "~" or "null" };

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
