namespace Explainer.Yaml;

/// <summary>
/// A node of a YAML document as this tool reads it: a scalar, a list or a mapping, with the line
/// and column (from 1) where it starts, so that every check can say where a value is wrong.
/// Tags are not kept: a value's meaning comes from the key it stands under.
/// </summary>
public abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>A scalar: its text, and whether it was written plain (only then can it mean null, a boolean or a number).</summary>
public sealed class YamlScalarNode(string value, bool isPlain, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;
}

/// <summary>A list, its items in order.</summary>
public sealed class YamlSequenceNode(IReadOnlyList<YamlNode> children, int line, int column) : YamlNode(line, column)
{
    public IReadOnlyList<YamlNode> Children { get; } = children;
}

/// <summary>A mapping, its keys and values in the order written (keys are unique: <see cref="YamlNodeReader"/> reports a repeated one).</summary>
public sealed class YamlMappingNode(IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> children, int line, int column) : YamlNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Children { get; } = children;
}
