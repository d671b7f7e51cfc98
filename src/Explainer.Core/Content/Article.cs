using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Content;

/// <summary>An explainer's article: its slug, front matter and body blocks.</summary>
public sealed record Article(string Slug, string SourcePath, ArticleFrontMatter FrontMatter, IReadOnlyList<ArticleBlock> Blocks)
{
    /// <summary>Every block, including those inside fenced divs, in document order.</summary>
    public IEnumerable<ArticleBlock> AllBlocks => Blocks.SelectMany(b => b.DescendantsAndSelf());

    /// <summary>
    /// Reads an article.md: YAML front matter between <c>---</c> lines, then Markdown. Reports every
    /// problem to <paramref name="diagnostics"/> and returns null when the article cannot be used.
    /// </summary>
    public static Article? Parse(string slug, string sourcePath, string displayPath, string text, DiagnosticBag diagnostics)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Add(new SourceLocation(displayPath, 1, 1), ErrorCodes.FrontMatterMissing,
                "article.md must start with front matter: a line '---', YAML with at least a title, and another '---'");
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            diagnostics.Add(new SourceLocation(displayPath, 1, 1), ErrorCodes.FrontMatterMissing,
                "the front matter is not closed: add a line '---' after it");
            return null;
        }

        var yaml = string.Join('\n', lines[1..end]);
        var map = YamlSource.LoadMap(yaml, displayPath, diagnostics, lineOffset: 1);
        var frontMatter = map is null ? null : ArticleFrontMatter.Read(map);
        var body = string.Join('\n', lines[(end + 1)..]);
        var blocks = MarkdownBlocks.Parse(body, displayPath, end + 1, diagnostics);
        return frontMatter is null || blocks is null ? null : new Article(slug, sourcePath, frontMatter, blocks);
    }
}
