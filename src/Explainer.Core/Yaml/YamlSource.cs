using Explainer.Diagnostics;
using SharpYaml;
using SharpYaml.Events;

namespace Explainer.Yaml;

/// <summary>
/// Parses YAML text into nodes that keep their line and column, so that every later check can say
/// exactly where a value is wrong. SharpYaml's parser reads the text into events; the nodes are
/// built here, with aliases resolved to the node their anchor names and repeated keys reported.
/// </summary>
public static class YamlSource
{
    /// <summary>
    /// Parses <paramref name="text"/>. <paramref name="lineOffset"/> is added to every line number
    /// (front matter starts after the opening <c>---</c>). Returns null and reports an error on bad YAML.
    /// </summary>
    public static YamlMap? LoadMap(string text, string displayPath, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        YamlNode? root;
        try
        {
            root = LoadFirstDocument(text);
        }
        catch (YamlException ex)
        {
            var hint = CharAt(text, ex.Start) == '?' ? " (inside [ ] or { }, a '?' ends unquoted text: put the text in quotes)" : string.Empty;
            diagnostics.Add(new Diagnostic(displayPath, ex.Start.Line + 1 + lineOffset, ex.Start.Column + 1, ErrorCodes.YamlSyntax, CleanMessage(ex) + hint));
            return null;
        }

        var context = new YamlContext(displayPath, diagnostics, lineOffset);
        if (root is null or YamlScalarNode { Value: "" })
        {
            return new YamlMap(new YamlMappingNode([], 1, 1), context);
        }

        if (root is not YamlMappingNode map)
        {
            context.Error(root, ErrorCodes.WrongType, "expected a mapping of keys to values at the top of the file");
            return null;
        }

        return new YamlMap(map, context);
    }

    /// <summary>
    /// The first document of <paramref name="text"/>, or null when there is none. Every document is
    /// parsed, so that an error further down is reported too.
    /// </summary>
    internal static YamlNode? LoadFirstDocument(string text)
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

    /// <summary>A list or mapping being read: its items, or its keys and values in turn.</summary>
    private sealed record Collection(NodeEvent Start)
    {
        private readonly List<YamlNode> _items = [];

        private bool IsMapping => Start is MappingStart;

        public void Add(YamlNode node)
        {
            if (IsMapping && _items.Count % 2 == 0 && node is YamlScalarNode key && IsRepeated(key))
            {
                throw new YamlException(
                    new Mark(0, key.Line - 1, key.Column - 1), new Mark(0, key.Line - 1, key.Column - 1), $"the key '{key.Value}' appears twice in this mapping");
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

    private static char? CharAt(string text, Mark mark)
    {
        var start = 0;
        for (var line = 0; line < mark.Line; line++)
        {
            start = text.IndexOf('\n', start) + 1;
            if (start == 0)
            {
                return null;
            }
        }

        var index = start + mark.Column;
        return index < text.Length ? text[index] : null;
    }

    private static string CleanMessage(YamlException ex)
    {
        // SharpYaml prefixes messages with "(Lin: 3, Col: 0, Chr: 10) - (...): "; we print our own
        // location. Some of its messages say "find" where libyaml, which it follows, says "found".
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        message = string.Join(' ', message.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(", find ", ", found ", StringComparison.Ordinal);
        return "invalid YAML: " + message.TrimEnd('.');
    }
}

/// <summary>Where a YAML file's errors are reported.</summary>
public sealed class YamlContext(string displayPath, DiagnosticBag diagnostics, int lineOffset)
{
    public string DisplayPath { get; } = displayPath;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation LocationOf(YamlNode node) =>
        new(DisplayPath, node.Line + lineOffset, node.Column);

    public void Error(YamlNode node, string code, string message) =>
        Diagnostics.Add(LocationOf(node), code, message);
}
