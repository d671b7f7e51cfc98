namespace Explainer.Import;

/// <summary>How the article to import is written; decided by the file's extension.</summary>
public enum SourceFormat
{
    /// <summary>Plain text: paragraphs separated by blank lines, or one paragraph per line.</summary>
    PlainText,

    /// <summary>Markdown: paragraphs are read, everything else is copied unchanged.</summary>
    Markdown,
}

/// <summary>
/// A block of the source: a paragraph the importer reads (<see cref="Text"/> as the reader sees it),
/// or other Markdown it copies unchanged. <see cref="Markdown"/> is null for plain text, which the
/// importer escapes itself.
/// </summary>
internal sealed record SourceBlock(bool IsParagraph, string Text, string? Markdown = null, string? ExplicitId = null, bool HasAttributes = false);

/// <summary>The blocks of a source and the title it names itself, if any (a Markdown <c># heading</c>).</summary>
internal sealed record ArticleSource(string? Title, IReadOnlyList<SourceBlock> Blocks)
{
    public static ArticleSource Read(string text, SourceFormat format)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        return format == SourceFormat.Markdown ? MarkdownSource.Read(text) : new ArticleSource(null, PlainTextParagraphs(text));
    }

    /// <summary>
    /// With a blank line anywhere, paragraphs are separated by blank lines and their lines joined
    /// with a space (hard wraps are not content); without one, every non-empty line is a paragraph.
    /// </summary>
    private static List<SourceBlock> PlainTextParagraphs(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var first = lines.FindIndex(l => l.Length > 0);
        var last = lines.FindLastIndex(l => l.Length > 0);
        var separatedByBlankLines = first >= 0 && lines.Skip(first).Take(last - first + 1).Any(l => l.Length == 0);
        if (!separatedByBlankLines)
        {
            return [.. lines.Where(l => l.Length > 0).Select(l => new SourceBlock(true, l))];
        }

        var paragraphs = new List<SourceBlock>();
        var current = new List<string>();
        foreach (var line in lines.Append(string.Empty))
        {
            if (line.Length > 0)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                paragraphs.Add(new SourceBlock(true, string.Join(' ', current)));
                current.Clear();
            }
        }

        return paragraphs;
    }
}
