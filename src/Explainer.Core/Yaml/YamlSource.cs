using Explainer.Diagnostics;
using SharpYaml;

namespace Explainer.Yaml;

/// <summary>
/// Parses YAML text into nodes that keep their line and column, so that every later check can say
/// exactly where a value is wrong (the nodes are built by <see cref="YamlNodeReader"/>); bad YAML is
/// reported as one located error.
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
            root = YamlNodeReader.ReadFirstDocument(text);
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
