using Explainer.Content;
using SharpYaml;
using SharpYaml.Events;
using Explainer.Diagnostics;

namespace Explainer.Yaml;

/// <summary>
/// Builds the tool's YAML nodes (<see cref="YamlNode"/>) from SharpYaml's parser events: aliases
/// resolved to the node their anchor names, a key written twice in a mapping reported. Bad YAML
/// throws <see cref="YamlException"/> with where it is wrong; <see cref="YamlSource"/> reports it.
/// </summary>
internal static class YamlNodeReader
{
    /// <summary>
    /// The first document of <paramref name="text"/>, or null when there is none. Every document is
    /// parsed, so that an error further down is reported too.
    /// </summary>
    public static YamlNode? ReadFirstDocument(string text)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var open = new Stack<Collection>();
        YamlNode? first = null;
        var documents = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart:
                    documents++;
                    anchors.Clear();
                    break;
                case Scalar scalar:
                    RefuseEscapedForbiddenCharacter(text, scalar);
                    Add(new YamlScalarNode(scalar.Value ?? string.Empty, scalar.Style == ScalarStyle.Plain, scalar.Start.Line + 1, scalar.Start.Column + 1), scalar.Anchor);
                    break;
                case AnchorAlias alias:
                    Add(anchors.GetValueOrDefault(alias.Value) ?? throw new YamlException(alias.Start, alias.End, $"the anchor '{alias.Value}' is not defined above"), anchor: null);
                    break;
                case SequenceStart or MappingStart:
                    open.Push(new Collection((NodeEvent)parser.Current));
                    break;
                case SequenceEnd or MappingEnd:
                    var done = open.Pop();
                    Add(done.ToNode(), done.Start.Anchor);
                    break;
            }
        }

        return first;

        void Add(YamlNode node, string? anchor)
        {
            if (!string.IsNullOrEmpty(anchor))
            {
                anchors[anchor] = node;
            }

            if (open.TryPeek(out var parent))
            {
                parent.Add(node);
            }
            else if (documents == 1)
            {
                first = node;
            }
        }
    }

    /// <summary>
    /// An escape in double quotes such as <c>"\u0000"</c> can stand for a character no page may
    /// contain (<see cref="ForbiddenCharacters"/>); one written as it is was reported already.
    /// </summary>
    private static void RefuseEscapedForbiddenCharacter(string text, Scalar scalar)
    {
        if (scalar.Style == ScalarStyle.DoubleQuoted && ForbiddenCharacters.FirstIn(scalar.Value) is { } found
            && ForbiddenCharacters.FirstIn(text.AsSpan(scalar.Start.Index, scalar.End.Index - scalar.Start.Index)) is null)
        {
            throw new YamlException(scalar.Start, scalar.End, $"an escape in this text stands for the {found}, which cannot stand in a web page");
        }
    }

    /// <summary>A list or mapping being read: its items, or its keys and values in turn.</summary>
    private sealed record Collection(NodeEvent Start)
    {
        private readonly List<YamlNode> _items = [];

        private bool IsMapping => Start is MappingStart;

        public void Add(YamlNode node)
        {
            if (IsMapping && _items.Count % 2 == 0 && node is YamlScalarNode key && IsRepeated(key))
            {
                var at = new Mark(0, key.Line - 1, key.Column - 1);
                throw new YamlException(at, at, $"the key '{key.Value}' appears twice in this mapping");
            }

            _items.Add(node);
        }

        public YamlNode ToNode()
        {
            var (line, column) = (Start.Start.Line + 1, Start.Start.Column + 1);
            if (!IsMapping)
            {
                return new YamlSequenceNode(_items, line, column);
            }

            var pairs = new List<KeyValuePair<YamlNode, YamlNode>>(_items.Count / 2);
            for (var i = 0; i + 1 < _items.Count; i += 2)
            {
                pairs.Add(KeyValuePair.Create(_items[i], _items[i + 1]));
            }

            return new YamlMappingNode(pairs, line, column);
        }

        /// <summary>The keys so far, once a mapping has more than a few (the rest are compared one by one).</summary>
        private HashSet<string>? _keys;

        private bool IsRepeated(YamlScalarNode key)
        {
            if (_keys is null && _items.Count < 16)
            {
                for (var i = 0; i < _items.Count; i += 2)
                {
                    if (_items[i] is YamlScalarNode other && other.Value == key.Value)
                    {
                        return true;
                    }
                }

                return false;
            }

            if (_keys is null)
            {
                _keys = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < _items.Count; i += 2)
                {
                    if (_items[i] is YamlScalarNode other)
                    {
                        _keys.Add(other.Value);
                    }
                }
            }

            return !_keys.Add(key.Value);
        }
    }
}
