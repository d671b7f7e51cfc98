using Explainer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Explainer.Yaml;

/// <summary>
/// Parses YAML text into nodes that keep their line and column, so that every later check can say
/// exactly where a value is wrong.
/// </summary>
public static class YamlSource
{
    /// <summary>
    /// Parses <paramref name="text"/>. <paramref name="lineOffset"/> is added to every line number
    /// (front matter starts after the opening <c>---</c>). Returns null and reports an error on bad YAML.
    /// </summary>
    public static YamlMap? LoadMap(string text, string displayPath, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new Diagnostic(displayPath, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column, ErrorCodes.YamlSyntax, CleanMessage(ex)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's representation model throws this for some unterminated flow collections.
            diagnostics.Add(new Diagnostic(displayPath, 1 + lineOffset, 1, ErrorCodes.YamlSyntax, "invalid YAML: " + ex.Message.TrimEnd('.')));
            return null;
        }

        var context = new YamlContext(displayPath, diagnostics, lineOffset);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), context);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            context.Error(stream.Documents[0].RootNode, ErrorCodes.WrongType, "expected a mapping of keys to values at the top of the file");
            return null;
        }

        return new YamlMap(map, context);
    }

    private static string CleanMessage(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 10) - (...): "; we print our own location.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return "invalid YAML: " + message.TrimEnd('.');
    }
}

/// <summary>Where a YAML file's errors are reported.</summary>
public sealed class YamlContext(string displayPath, DiagnosticBag diagnostics, int lineOffset)
{
    public string DisplayPath { get; } = displayPath;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation LocationOf(YamlNode node) =>
        new(DisplayPath, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public void Error(YamlNode node, string code, string message) =>
        Diagnostics.Add(LocationOf(node), code, message);
}
