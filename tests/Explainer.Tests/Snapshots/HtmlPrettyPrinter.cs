using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;

namespace Explainer.Tests.Snapshots;

/// <summary>
/// Prints a parsed HTML document one node per line, indented by depth, so that snapshot diffs are
/// line-based. Insignificant whitespace is collapsed; whitespace that is content is kept.
/// </summary>
/// <remarks>
/// AngleSharp's <c>PrettyMarkupFormatter</c> was tried first: it turns the line breaks inside
/// <c>&lt;pre&gt;</c> and <c>&lt;textarea&gt;</c> into spaces and indents their children, which changes
/// what a code block shows. Rendered Markdown will have code blocks, so this printer keeps those
/// elements exactly as parsed and only lays out the rest.
/// </remarks>
internal static class HtmlPrettyPrinter
{
    private const string Indentation = "  ";

    // Whitespace inside these elements is content (or code): printed exactly as parsed.
    private static readonly HashSet<string> Verbatim = new(StringComparer.OrdinalIgnoreCase) { "pre", "textarea", "script", "style" };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The document as indented lines joined by "\n", without a final newline.</summary>
    public static string Print(IDocument document)
    {
        var lines = new List<string>();
        foreach (var node in document.ChildNodes)
        {
            Write(node, 0, lines);
        }

        return string.Join('\n', lines);
    }

    private static void Write(INode node, int depth, List<string> lines)
    {
        var indent = string.Concat(Enumerable.Repeat(Indentation, depth));
        switch (node)
        {
            case IDocumentType doctype:
                lines.Add(indent + HtmlMarkupFormatter.Instance.Doctype(doctype));
                break;
            case IComment comment:
                lines.Add(indent + HtmlMarkupFormatter.Instance.Comment(comment));
                break;
            case IText text:
                var collapsed = Collapse(text.Data);
                if (collapsed.Length > 0)
                {
                    lines.Add(indent + HtmlMarkupFormatter.EscapeText(collapsed));
                }

                break;
            case IElement element:
                WriteElement(element, indent, depth, lines);
                break;
        }
    }

    private static void WriteElement(IElement element, string indent, int depth, List<string> lines)
    {
        var open = HtmlMarkupFormatter.Instance.OpenTag(element, selfClosing: false);
        if (Void.Contains(element.LocalName))
        {
            lines.Add(indent + open);
            return;
        }

        var close = HtmlMarkupFormatter.Instance.CloseTag(element, selfClosing: false);
        if (Verbatim.Contains(element.LocalName))
        {
            lines.Add(indent + element.OuterHtml);
            return;
        }

        // A <template>'s children live in its content fragment, not in ChildNodes.
        var children = element is IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
        if (children.All(c => c is IText))
        {
            // Leaf elements such as <p>text</p> or <title> stay on one line: the common case reads best.
            var text = Collapse(string.Concat(children.OfType<IText>().Select(t => t.Data)));
            lines.Add(indent + open + HtmlMarkupFormatter.EscapeText(text) + close);
            return;
        }

        lines.Add(indent + open);
        foreach (var child in children)
        {
            Write(child, depth + 1, lines);
        }

        lines.Add(indent + close);
    }

    /// <summary>Collapses runs of HTML whitespace to one space and trims the ends.</summary>
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
