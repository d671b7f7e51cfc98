using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Import;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Import;

/// <summary>Random texts made of quotation marks, Markdown characters and attribution words, with a fixed seed.</summary>
public class RandomTextTests
{
    private static readonly string[] Atoms =
    [
        "„", "“", "”", "»", "«", "‚", "‘", "\"", "'", "’", ",", ".", ":", ";", "!", "?", "…", " ", " ", " ", "\n", "\n\n", "\u202F", "\u00A0",
        "sagte", "said", "a dit", "Herr", "Mr", "M.", "Monday", "der", "Artikel", "the", "article", "Chris", "er", "he", "il", "so", "selon",
        "according to", "fuhr", "fort", "zwei Ansichten", "two views", "Erstens", "Others", "D'une part", "Sehen Sie:", "Watch:", "Regardez :",
        "#", ">", "-", "*", "_", "`", "[", "]", "<", "{", "}", "&amp;", "::", "1.", "\\", "~~~", "|", "x", "Y", "z",
    ];

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fr")]
    public void Any_plain_text_imports_and_reads_back_verbatim(string language)
    {
        var random = new Random(20241128);
        for (var n = 0; n < 400; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Atoms[random.Next(Atoms.Length)]));
            var draft = ImportTestKit.Draft(text, language);
            if (!draft.Paragraphs.Any())
            {
                continue;
            }

            var diagnostics = new DiagnosticBag();
            var article = Article.Parse("t", "t/article.md", "t/article.md", ArticleMarkdownWriter.Write(draft), diagnostics);
            new YamlStream().Load(new StringReader(DraftWriter.Write(draft, "# schema")));

            Assert.True(article is not null && !diagnostics.HasErrors, $"{string.Join('\n', diagnostics.ToSortedList())}\n{text}");
            Assert.Equal(draft.Paragraphs.Select(p => p.Text), article.Blocks.Select(b => b.Text));
        }
    }
}
