using Explainer.Engine;
using Explainer.Pages;
using Explainer.Publishing;

namespace Explainer.Embeds;

/// <summary>
/// Writes, for every embeddable section of every explainer, the page
/// <c>&lt;slug&gt;/embed/&lt;section-id&gt;/index.html</c> (the section alone, complete without
/// JavaScript) and, when the site's public URL is known, <c>oembed.json</c> beside it.
/// </summary>
public sealed class RenderEmbeds : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (PageContext.From(context) is not { } page)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var work = context.OutputsOf(SitePipelines.Pages)
            .Select(d => d.Get<ExplainerView>(ComposePages.ViewKey))
            .SelectMany(v => v.Sections.Select(s => (View: v, Section: s)))
            .ToList();
        var results = new IReadOnlyList<Document>[work.Count];
        Parallel.For(0, work.Count, context.ParallelOptions(), i =>
        {
            var (view, section) = work[i];
            var folder = $"{view.Slug}/embed/{section.Id}/";
            var pageUrl = page.Public($"{view.Slug}/");
            var oembedUrl = page.BaseUrl is null ? null : page.Public(folder + "oembed.json");
            var model = new { site = page.SiteView, page = view, section, embed = new { page_url = pageUrl, oembed_url = oembedUrl } };
            var html = page.Catalog.Render("embed", model, page.Scope(view.Language), context.Diagnostics);
            var documents = new List<Document>();
            if (html is not null)
            {
                documents.Add(Document.Create(null, folder + "index.html", "text/html", EmbedLinks.PointOutside(html, pageUrl)));
            }

            if (page.BaseUrl is not null)
            {
                var json = OEmbedResponse.Create(
                    section,
                    view.Title,
                    page.Public($"{view.Slug}/#{section.Id}"),
                    page.Public(folder),
                    view.Authors,
                    page.Site.Title,
                    page.Public(string.Empty),
                    view.Meta.Image,
                    view.Meta.ImageWidth ?? SocialImage.Width,
                    view.Meta.ImageHeight ?? SocialImage.Height);
                documents.Add(Document.Create(null, folder + "oembed.json", "application/json", json));
            }

            results[i] = documents;
        });
        return Task.FromResult<IReadOnlyList<Document>>(results.SelectMany(r => r).ToList());
    }
}
