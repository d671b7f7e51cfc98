using System.Text;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Schemas;

namespace Explainer.Import;

/// <summary>What to import, and where to: <c>INPUT/SLUG/article.md</c> and <c>INPUT/SLUG/explainer.yml</c>.</summary>
/// <remarks>
/// <c>Language</c>: de, en or fr; null to guess it from the text. <c>Force</c>: Overwrite the two files of an existing explainer.
/// <c>Published</c>: The publication date; its local date (in its own offset) anchors the dates of the text.
/// </remarks>
public sealed record ImportRequest(string SourcePath, string Slug, string InputFolder, string? Language = null, bool Force = false, DateTimeOffset? Published = null);

/// <summary>The outcome: located errors, or the draft and the files written.</summary>
public sealed record ImportResult(IReadOnlyList<Diagnostic> Diagnostics, ImportDraft? Draft, IReadOnlyList<string> FilesWritten)
{
    public bool Succeeded => Diagnostics.Count == 0 && Draft is not null;
}

/// <summary>
/// <c>explainer import</c> on disk: checks the request, drafts the explainer with
/// <see cref="ArticleImporter"/>, checks that the article reads back as the build reads it, and
/// writes both files. It never overwrites an explainer unless asked to.
/// </summary>
public static class ExplainerImporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ImportResult Run(ImportRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var sourcePath = Path.GetFullPath(request.SourcePath);
        var folder = Path.Combine(Path.GetFullPath(request.InputFolder), request.Slug);
        var articlePath = Path.Combine(folder, "article.md");
        var explainerPath = Path.Combine(folder, "explainer.yml");

        if (!File.Exists(sourcePath))
        {
            diagnostics.Add(At(sourcePath), ErrorCodes.FileUnreadable, "the article to import does not exist");
        }

        if (!BlockIds.IsValidSlug(request.Slug))
        {
            diagnostics.Add(At(folder), ErrorCodes.InvalidId, $"the slug '{request.Slug}' is used in URLs: use only lower-case letters, digits and hyphens");
        }

        var language = request.Language is null ? null : ImportLanguages.Find(request.Language);
        if (request.Language is not null && language is null)
        {
            diagnostics.Add(At(sourcePath), ErrorCodes.InvalidLanguage,
                $"the importer reads {string.Join(", ", ImportLanguages.Codes)}, not '{request.Language}'");
        }

        if (!request.Force && new[] { articlePath, explainerPath }.FirstOrDefault(File.Exists) is { } existing)
        {
            diagnostics.Add(At(existing), ErrorCodes.ImportTargetExists,
                $"the explainer '{request.Slug}' already exists; nothing was written (use --force to overwrite its article.md and explainer.yml)");
        }

        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        string text;
        try
        {
            text = File.ReadAllText(sourcePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(At(sourcePath), ErrorCodes.FileUnreadable, $"the article cannot be read: {ex.Message}");
            return Failed(diagnostics);
        }

        var format = ArticleImporter.FormatOf(sourcePath);
        if (format == SourceFormat.Markdown)
        {
            MarkdownSource.Check(text, Display(sourcePath), diagnostics);
            if (diagnostics.HasErrors)
            {
                return Failed(diagnostics);
            }
        }

        var draft = ArticleImporter.Import(text, format, language ?? ImportLanguages.Guess(text),
            request.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null);
        if (!draft.Paragraphs.Any())
        {
            diagnostics.Add(At(sourcePath), ErrorCodes.ImportSourceEmpty, "the file has no paragraph to import");
            return Failed(diagnostics);
        }

        var markdown = ArticleMarkdownWriter.Write(draft);
        if (Article.Parse(request.Slug, $"{request.Slug}/article.md", Display(articlePath), markdown, diagnostics) is null || diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        Directory.CreateDirectory(folder);
        var yaml = DraftWriter.Write(draft, SchemaFiles.CommentFor(explainerPath, request.InputFolder, SchemaFiles.Explainer));
        File.WriteAllText(articlePath, markdown, Utf8);
        File.WriteAllText(explainerPath, yaml, Utf8);
        List<string> written = [Display(articlePath), Display(explainerPath)];

        // A first import into an empty folder: the site needs a site.yml to build.
        var sitePath = Path.Combine(Path.GetFullPath(request.InputFolder), "site.yml");
        if (!File.Exists(sitePath))
        {
            File.WriteAllText(sitePath, SiteFileDraft.Write(draft.Language, SchemaFiles.CommentFor(sitePath, request.InputFolder, SchemaFiles.Site)), Utf8);
            written.Add(Display(sitePath));
        }

        return new ImportResult([], draft, written);
    }

    private static ImportResult Failed(DiagnosticBag diagnostics) => new(diagnostics.ToSortedList(), null, []);

    private static SourceLocation At(string fullPath) => SourceLocation.File(Display(fullPath));

    /// <summary>Paths in messages are relative to the current folder, as the build prints them.</summary>
    private static string Display(string fullPath) => Path.GetRelativePath(Environment.CurrentDirectory, fullPath).Replace('\\', '/');
}
