using Explainer.Diagnostics;

namespace Explainer.Content;

// Markdown nested deeper than Markdig reads: told apart from bugs, and located.
public sealed partial class MarkdownBlocks
{
    /// <summary>
    /// Markdig refuses to parse blocks nested more than 128 deep (inlines 10,240 deep), and to render
    /// anything nested more than 128 deep, with an ArgumentException: its only complaint about text,
    /// which is otherwise always Markdown. Any other ArgumentException is a bug, and must stay one
    /// (XPL0002). The message tells them apart, as in Markdig's own fuzzer: the throwing method is not
    /// known in the Native AOT build.
    /// </summary>
    private static bool IsNestingLimit(ArgumentException e) =>
        e.Message.StartsWith("Markdown elements in the input are too deeply nested", StringComparison.Ordinal);

    /// <summary>The line (0-based) where the body becomes too deep: the end of its shortest start that cannot be read.</summary>
    private static int FirstLineNestedTooDeeply(string body)
    {
        var lines = body.Split('\n');
        var (readable, unreadable) = (0, lines.Length);
        while (unreadable - readable > 1)
        {
            var middle = (readable + unreadable) / 2;
            try
            {
                Read(string.Join('\n', lines[..middle]), string.Empty, 0, new DiagnosticBag());
                readable = middle;
            }
            catch (ArgumentException e) when (IsNestingLimit(e))
            {
                unreadable = middle;
            }
        }

        return unreadable - 1;
    }
}
