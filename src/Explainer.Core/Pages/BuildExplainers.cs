using Explainer.Components.Media;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Embeds;
using Explainer.Engine;
using Explainer.Publishing;
using Scriban.Runtime;

namespace Explainer.Pages;

/// <summary>
/// Takes each explainer from its files to its pages in one go: reads and checks it
/// (<see cref="ExplainerSource"/>), writes its media and preview image, lays out the page
/// (<see cref="ExplainerView"/>), renders it and its embed pages, and writes them. Explainers are
/// independent, so they run in parallel; each is dropped once written, and only its
/// <see cref="ExplainerSummary"/> goes on (to the index, feed and sitemap), so a build's memory
/// grows with its largest explainer, not with the number of explainers.
/// </summary>
/// <remarks>
/// Each input document names an explainer (<c>&lt;slug&gt;/article.md</c>, content not read). The
/// output: one light document per explainer with its summary (<see cref="SummaryKey"/>) and the
/// paths and sizes of the files it wrote (<see cref="WrittenFiles.Key"/>), a few kilobytes. An explainer with errors writes nothing; when site.yml could not be
/// read, explainers are only checked, so all errors are reported at once. With a
/// <see cref="BuildCache"/> (<c>explainer serve</c>), an explainer whose files did not change since
/// the last good build is taken over as it is.
/// </remarks>
public sealed class BuildExplainers : PerDocumentModule
{
    public const string SummaryKey = "explainer.summary";

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
        Task.FromResult(Build(input.Source!.Split('/')[0], context));

    private static IEnumerable<Document> Build(string slug, IExecutionContext context)
    {
        var settings = context.Settings;
        var page = PageContext.From(context);
        var cache = settings.TryGetService<BuildCache>();
        var folder = Path.Combine(settings.InputFolder, slug);
        var previous = cache?.Previous(slug);
        var dirty = cache?.IsDirty(folder) ?? true;
        string? stamp = null;
        if (page is not null && previous is not null && !dirty
            && (cache!.ChangesReported || previous.Stamp == (stamp = FileStamps.OfFolder(folder))))
        {
            cache!.Record(slug, previous, reused: true);
            return [Summary(previous.Summary, previous.Files.Kept())];
        }

        stamp ??= cache is null ? null : FileStamps.OfFolder(folder);

        var diagnostics = new DiagnosticBag();
        try
        {
            var source = ExplainerSource.Read(slug, settings, diagnostics);
            if (source is null || page is null || diagnostics.HasErrors)
            {
                return [];
            }

            var (article, data) = source;
            var output = new ExplainerOutput(settings, previous);
            var renditions = MediaFiles.Write(slug, data, settings, output);
            SocialImage.Write(article, page.Site.Title, settings, output);
            var view = ExplainerView.From(article, data, page.Site, page.BasePath, page.Strings.For, renditions).WithEmbedSnippets(page);
            using var renderer = page.Catalog.Renderer(new ScriptObject { ["site"] = page.SiteView, ["page"] = view }, page.Scope(view.Language));
            EmbedPages.ReuseSections(view, renderer);
            if (renderer.RenderUtf8("explainer", diagnostics, out var html))
            {
                output.Write($"{slug}/index.html", html.Span);
            }

            EmbedPages.Write(page, view, renderer, output, diagnostics);
            var summary = new ExplainerSummary(slug, view.Url, view.Language, article.FrontMatter);
            var files = output.Files;
            if (cache is not null && !diagnostics.HasErrors)
            {
                cache.Record(slug, new ExplainerRecord(stamp!, summary, files, output.Reusable), reused: false);
            }

            return [Summary(summary, files)];
        }
        finally
        {
            context.Diagnostics.AddRange(diagnostics.ToSortedList());
        }
    }

    private static Document Summary(ExplainerSummary summary, WrittenFiles files) =>
        Document.Create($"{summary.Slug}/article.md", null, "text/markdown", ReadOnlyMemory<byte>.Empty)
            .WithMetadata(SummaryKey, summary)
            .WithMetadata(WrittenFiles.Key, files);
}
