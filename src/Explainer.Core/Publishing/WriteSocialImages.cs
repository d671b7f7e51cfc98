using Explainer.Content;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Site;

namespace Explainer.Publishing;

/// <summary>
/// The preview image of each explainer for social networks: the hero image named in the front
/// matter (copied), or one drawn from the title (<see cref="SocialImage"/>).
/// </summary>
public sealed class WriteSocialImages : IModule
{
    public const string FileName = "social.png";

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var site = context.OutputsOf(SitePipelines.Site).Select(d => d.Get<SiteSettings>(ParseSiteSettings.Key)).FirstOrDefault();
        var articles = context.OutputsOf(SitePipelines.Content).Select(d => d.Get<Article>(ParseArticles.Key)).ToList();
        var results = new Document[articles.Count];
        await Parallel.ForAsync(0, articles.Count, context.ParallelOptions(), async (i, ct) =>
        {
            var article = articles[i];
            if (article.FrontMatter.Hero is { } hero)
            {
                var bytes = await File.ReadAllBytesAsync(Path.Combine(context.Settings.InputFolder, article.Slug, hero.Src), ct).ConfigureAwait(false);
                results[i] = Document.Create(article.SourcePath, $"{article.Slug}/{hero.Src}", MediaTypes.Of(hero.Src), bytes);
            }
            else
            {
                results[i] = Document.Create(article.SourcePath, $"{article.Slug}/{FileName}", "image/png", SocialImage.Render(article.FrontMatter.Title, site?.Title ?? string.Empty));
            }
        }).ConfigureAwait(false);
        return results;
    }
}
