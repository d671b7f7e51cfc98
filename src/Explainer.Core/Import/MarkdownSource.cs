using Explainer.Content;
using Explainer.Diagnostics;
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
        (text, _) = WithoutFrontMatter(text);
        var document = Markdown.Parse(text, MarkdownBlocks.Pipeline);
        var blocks = new List<SourceBlock>();
        string? title = null;
        var consumed = 0;

        // Link reference definitions are kept apart by Markdig; they stay in the text between blocks.
        var ordered = document.Where(b => b is not LinkReferenceDefinitionGroup).OrderBy(b => b.Span.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var block = ordered[i];
            var start = Math.Min(block.Span.Start, text.Length);
            AddVerbatim(blocks, text[consumed..start]);

            // A paragraph ends with its span; other blocks run to the next block (an unclosed fence reports a short span).
            var end = block is ParagraphBlock or HeadingBlock
                ? Math.Min(block.Span.End + 1, text.Length)
                : i + 1 < ordered.Count ? Math.Max(start, ordered[i + 1].Span.Start) : text.Length;
            var source = text[start..end].TrimEnd();
            consumed = end;

            if (blocks.Count == 0 && title is null && block is HeadingBlock { Level: 1 } heading && MarkdownBlocks.PlainText(heading).Length > 0)
            {
                title = MarkdownBlocks.PlainText(heading);
            }
            else if (block is ParagraphBlock paragraph)
            {
                var attributes = paragraph.TryGetAttributes();
                blocks.Add(new SourceBlock(true, MarkdownBlocks.PlainText(paragraph).Replace('\n', ' '), source, attributes?.Id, attributes is not null));
            }
            else
            {
                AddVerbatim(blocks, source);
            }
        }

        AddVerbatim(blocks, text[consumed..]);
        return new ArticleSource(title, blocks);
    }

    private static void AddVerbatim(List<SourceBlock> blocks, string source)
    {
        source = source.Trim('\n').TrimEnd();
        if (source.Trim().Length > 0)
        {
            blocks.Add(new SourceBlock(false, string.Empty, source));
        }
    }

    /// <summary>The source of a paragraph with an explicit id: appended, or added to attributes it already has.</summary>
    public static string WithId(string source, string id, bool hasAttributes)
    {
        var open = source.LastIndexOf('{');
        return hasAttributes && source.EndsWith('}') && open >= 0
            ? source[..(open + 1)] + "#" + id + " " + source[(open + 1)..]
            : source + " {#" + id + "}";
    }

    /// <summary>
    /// Reports what the build would refuse in the source (unsafe links and attributes), located in
    /// the source file, before anything is written.
    /// </summary>
    public static void Check(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var (body, lineOffset) = WithoutFrontMatter(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF'));
        MarkdownBlocks.Parse(body, displayPath, lineOffset, diagnostics);
    }

    /// <summary>The text after a front matter block, and how many lines that block took.</summary>
    private static (string Body, int LineOffset) WithoutFrontMatter(string text)
    {
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        return end < 0 ? (text, 0) : (text[(end + 5)..], text[..(end + 5)].Count(c => c == '\n'));
    }
}
