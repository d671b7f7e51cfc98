namespace Explainer.Content;

/// <summary>
/// One block of the article body with its stable id: a paragraph, heading, list, quote or a fenced
/// div (<c>::: {.scene #id}</c>) whose children are blocks too.
/// </summary>
/// <param name="Id">Stable id: an explicit <c>{#id}</c>, else derived from the block's text.</param>
/// <param name="Kind">paragraph, heading, list, blockquote, code, div, rule.</param>
/// <param name="Text">The plain text, as the reader sees it.</param>
/// <param name="Html">The rendered HTML of the block, trusted (raw HTML is disabled in the Markdown).</param>
/// <param name="Line">1-based line in article.md where the block starts.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Classes">Classes of a fenced div, e.g. <c>scene</c>.</param>
/// <param name="Attributes">Key/value attributes of a fenced div, e.g. <c>graphic=timeline</c>.</param>
/// <param name="Children">Blocks inside a fenced div.</param>
public sealed record ArticleBlock(
    string Id,
    string Kind,
    string Text,
    string Html,
    int Line,
    int Column,
    IReadOnlyList<string> Classes,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<ArticleBlock> Children)
{
    /// <summary>This block and every block inside it, in document order.</summary>
    public IEnumerable<ArticleBlock> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var d in child.DescendantsAndSelf())
            {
                yield return d;
            }
        }
    }
}
