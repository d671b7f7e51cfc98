using System.Text;
using Explainer.Yaml;

namespace Explainer.Import;

/// <summary>
/// Writes article.md: front matter with the drafted title and the language, the other fields as
/// commented TODO lines, then every block, separated by blank lines.
/// </summary>
public static class ArticleMarkdownWriter
{
    public static string Write(ImportDraft draft)
    {
        var builder = new StringBuilder();
        builder.Append("---\n");
        builder.Append("# TODO: the title is drafted from the article's first sentence; write a headline.\n");
        builder.Append("title: ").Append(YamlScalars.Value(draft.Title)).Append('\n');
        builder.Append("# dek: TODO one or two sentences under the title\n");
        builder.Append("# authors:\n");
        builder.Append("#   - name: TODO\n");
        builder.Append("# published: 2024-06-19T12:00:00+02:00\n");
        builder.Append("# modified: 2024-06-19T12:00:00+02:00\n");
        builder.Append("language: ").Append(YamlScalars.Value(draft.Language)).Append('\n');
        builder.Append("# canonical: https://TODO link to the original article\n");
        builder.Append("# hero: TODO the id of a media entry in explainer.yml (an image, a map, or a video with a poster)\n");
        builder.Append("---\n");
        foreach (var block in draft.Blocks)
        {
            builder.Append('\n').Append(block.Markdown).Append('\n');
        }

        return builder.ToString();
    }
}
