using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Site;
using Explainer.Templates;
using Explainer.Components;

namespace Explainer.Benchmarks;

/// <summary>The repository's folders and the seed explainer, parsed once for the benchmarks that need it.</summary>
public static class Seed
{
    public const string Slug = "putin-nordkorea";

    public static readonly SiteSettings Site = new("Explainer", null, "de", "Nachrichten, erklärt.", [], [], []);

    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string ArticleText => File.ReadAllText(Path.Combine(Input, Slug, "article.md"));

    public static string DataText => File.ReadAllText(Path.Combine(Input, Slug, "explainer.yml"));

    public static Article ParseArticle()
    {
        var diagnostics = new DiagnosticBag();
        var article = Article.Parse(Slug, $"{Slug}/article.md", "article.md", ArticleText, diagnostics);
        return article is not null && !diagnostics.HasErrors
            ? article
            : throw new InvalidOperationException("The seed article does not parse: " + string.Join("; ", diagnostics.ToSortedList()));
    }

    /// <summary>The seed's article and explainer layer, read and checked as a build reads them.</summary>
    public static ExplainerSource Read()
    {
        var diagnostics = new DiagnosticBag();
        var source = ExplainerSource.Read(Slug, new Engine.BuildSettings(Input, Path.Combine(Path.GetTempPath(), "explainer-bench-unused"), Theme), diagnostics);
        return source is not null && !diagnostics.HasErrors
            ? source
            : throw new InvalidOperationException("The seed does not read: " + string.Join("; ", diagnostics.ToSortedList()));
    }

    public static TemplateCatalog LoadTemplates(out UiStrings strings)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = TemplateCatalog.Load(Theme, p => p, diagnostics);
        strings = UiStrings.Load(Theme, p => p, diagnostics);
        return diagnostics.HasErrors ? throw new InvalidOperationException("The theme does not load.") : catalog;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Explainer.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Explainer.sln not found).");
    }
}
