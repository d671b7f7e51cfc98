using Explainer.Content;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Explainer.Import;

/// <summary>
/// Reads a Markdown article with the same pipeline the build uses. A leading level-1 heading is the
/// title; top-level paragraphs are read; every other block is copied as written. Front matter in
/// the source is dropped: the importer writes its own.
/// </summary>
internal static class MarkdownSource
{
    public static ArticleSource Read(string text)
    {
        text = WithoutFrontMatter(text);
        var document = Markdown.Parse(text, MarkdownBlocks.Pipeline);
        string? title = null;
        var blocks = new List<SourceBlock>();
        foreach (var block in document)
        {
            var source = text.Substring(block.Span.Start, block.Span.Length).TrimEnd();
            if (blocks.Count == 0 && title is null && block is HeadingBlock { Level: 1 } heading)
            {
                title = MarkdownBlocks.PlainText(heading);
            }
            else if (block is ParagraphBlock paragraph)
            {
                var plain = MarkdownBlocks.PlainText(paragraph).Replace('\n', ' ');
                var attributes = paragraph.TryGetAttributes();
                blocks.Add(new SourceBlock(true, plain, source, attributes?.Id, attributes is not null));
            }
            else if (source.Length > 0)
            {
                blocks.Add(new SourceBlock(false, string.Empty, source));
            }
        }

        return new ArticleSource(title, blocks);
    }

    /// <summary>The source of a paragraph with an explicit id: appended, or added to attributes it already has.</summary>
    public static string WithId(string source, string id, bool hasAttributes)
    {
        var open = source.LastIndexOf('{');
        return hasAttributes && source.EndsWith('}') && open >= 0
            ? source[..(open + 1)] + "#" + id + " " + source[(open + 1)..]
            : source + " {#" + id + "}";
    }

    private static string WithoutFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 5)..];
    }
}
