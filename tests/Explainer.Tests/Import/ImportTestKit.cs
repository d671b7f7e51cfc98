using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Import;

namespace Explainer.Tests.Import;

/// <summary>Shortcuts for import tests: draft a text in a language, look up people and quotes.</summary>
internal static class ImportTestKit
{
    public static ImportDraft Draft(string text, string language, SourceFormat format = SourceFormat.PlainText) =>
        ArticleImporter.Import(text, format, ImportLanguages.Find(language)!);

    public static DraftQuote Quote(this ImportDraft draft, string startsWith) =>
        Assert.Single(draft.Quotes, q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    public static DraftPerson Person(this ImportDraft draft, string id) => Assert.Single(draft.People, p => p.Id == id);

    /// <summary>The written article.md, read back the way the build reads it; fails on any diagnostic.</summary>
    public static Article ReadBack(ImportDraft draft)
    {
        var diagnostics = new DiagnosticBag();
        var article = Article.Parse("test", "test/article.md", "test/article.md", ArticleMarkdownWriter.Write(draft), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return Assert.IsType<Article>(article);
    }
}
