using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;
using AngleSharp.Diffing.Strategies;
using AngleSharp.Dom;

namespace Explainer.Tests.Snapshots;

/// <summary>
/// Compares two HTML documents by meaning with AngleSharp.Diffing's default options (whitespace
/// normalised, comments ignored, class order ignored) and names each difference in one line.
/// </summary>
internal static class HtmlSemanticDiff
{
    private const int MaxSnippet = 120;

    /// <summary>The differences, empty when the documents mean the same.</summary>
    public static IReadOnlyList<string> Compare(IDocument expected, IDocument actual)
    {
        var differences = new List<string>();
        var expectedDoctype = expected.Doctype?.Name;
        var actualDoctype = actual.Doctype?.Name;
        if (!string.Equals(expectedDoctype, actualDoctype, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"doctype: expected {expectedDoctype ?? "none"} but was {actualDoctype ?? "none"}");
        }

        // A <template>'s children live in its content fragment, which the differ does not walk: they
        // are moved into the element, so what a page's templates hold is compared too.
        MoveTemplateContent(expected.DocumentElement);
        MoveTemplateContent(actual.DocumentElement);

        // DiffBuilder.Compare(string) parses its input as a body fragment, which drops <html>, <head>
        // and <body> and their attributes (lang!). Comparing the document elements keeps them.
        var strategy = new DiffingStrategyPipeline();
        strategy.AddDefaultOptions();
        var diffs = new HtmlDiffer(strategy).Compare(expected.DocumentElement, actual.DocumentElement);
        differences.AddRange(diffs.Select(Describe));
        return differences;
    }

    private static void MoveTemplateContent(IElement root)
    {
        foreach (var template in root.QuerySelectorAll("template").OfType<AngleSharp.Html.Dom.IHtmlTemplateElement>().ToList())
        {
            foreach (var child in template.Content.ChildNodes.ToList())
            {
                template.AppendChild(child);
            }

            // Templates inside templates were in the fragment, out of the query's reach until now.
            MoveTemplateContent(template);
        }
    }

    private static string Describe(IDiff diff) => diff switch
    {
        AttrDiff a => $"attribute {a.Control.Path}: expected \"{Snip(a.Control.Attribute.Value)}\" but was \"{Snip(a.Test.Attribute.Value)}\"",
        MissingAttrDiff a => $"missing attribute {a.Control.Path}=\"{Snip(a.Control.Attribute.Value)}\"",
        UnexpectedAttrDiff a => $"unexpected attribute {a.Test.Path}=\"{Snip(a.Test.Attribute.Value)}\"",
        MissingNodeDiff n => $"missing {n.Control.Path}: {Snip(Markup(n.Control.Node))}",
        UnexpectedNodeDiff n => $"unexpected {n.Test.Path}: {Snip(Markup(n.Test.Node))}",
        NodeDiff { Target: DiffTarget.Text } n =>
            $"text {n.Control.Path}: expected \"{Snip(n.Control.Node.TextContent)}\" but was \"{Snip(n.Test.Node.TextContent)}\"",
        NodeDiff n => $"{n.Target.ToString().ToLowerInvariant()} {n.Control.Path}: expected {Snip(Markup(n.Control.Node))} but was {Snip(Markup(n.Test.Node))}",
        _ => diff.ToString() ?? diff.GetType().Name,
    };

    private static string Markup(INode node) => node switch
    {
        IElement e => e.OuterHtml,
        _ => node.TextContent,
    };

    private static string Snip(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxSnippet ? oneLine : oneLine[..MaxSnippet] + "…";
    }
}
