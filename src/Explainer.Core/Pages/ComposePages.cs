using Explainer.Components.Media;
using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;

namespace Explainer.Pages;

/// <summary>
/// Lays out each explainer page (<see cref="ExplainerView"/>): the article with its components in
/// place, metadata and embeddable sections. Rendering comes later, in <see cref="RenderPages"/>.
/// </summary>
public sealed class ComposePages : IModule
{
    public const string ViewKey = "page.view";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (PageContext.From(context) is not { } page)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var renditions = context.OutputsOf(SitePipelines.Media)
            .Where(d => d.Metadata.ContainsKey(ResizeImages.RenditionKey))
            .GroupBy(d => d.Get<string>(ResizeImages.SlugKey))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, MediaRendition>)g
                    .GroupBy(d => d.Get<string>(ResizeImages.IdKey))
                    .ToDictionary(x => x.Key, x => x.First().Get<MediaRendition>(ResizeImages.RenditionKey)),
                StringComparer.Ordinal);
        var articles = context.OutputsOf(SitePipelines.Content);
        var results = new Document[articles.Count];
        Parallel.For(0, articles.Count, context.ParallelOptions(), i =>
        {
            var article = articles[i].Get<Article>(ParseArticles.Key);
            var view = ExplainerView.From(
                article,
                articles[i].Get<ExplainerData>(ParseArticles.DataKey),
                page.Site,
                page.BasePath,
                page.Strings.For,
                renditions.GetValueOrDefault(article.Slug) ?? new Dictionary<string, MediaRendition>());
            results[i] = Document.Create(article.SourcePath, $"{article.Slug}/index.html", "text/html", string.Empty).WithMetadata(ViewKey, view);
        });
        return Task.FromResult<IReadOnlyList<Document>>(results);
    }
}
