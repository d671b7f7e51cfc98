using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Publishing;
using Explainer.Templates;
using Explainer.Modules;

namespace Explainer.Embeds;

/// <summary>
/// Writes, for every embeddable section of an explainer, the page
/// <c>&lt;slug&gt;/embed/&lt;section-id&gt;/index.html</c> (the section alone, complete without
/// JavaScript) and, when the site's public URL is known, <c>oembed.json</c> beside it.
/// </summary>
public static class EmbedPages
{
    /// <summary>
    /// Call before the explainer page is rendered: each embed page then takes its section over from
    /// the page, as rendered there without its "Embed" control, instead of rendering it again
    /// (<see cref="PageRenderer.ReuseInLaterPages"/>).
    /// </summary>
    public static void ReuseSections(ExplainerView view, PageRenderer renderer)
    {
        foreach (var section in view.Sections)
        {
            renderer.ReuseInLaterPages(section.Partial, section.Model, section.PageModel, section.Control);
        }
    }

    /// <param name="renderer">The explainer's renderer, with <c>site</c> and <c>page</c> set; each embed page sets <c>section</c> and <c>embed</c>.</param>
    public static void Write(PageContext page, ExplainerView view, PageRenderer renderer, ExplainerOutput output, DiagnosticBag diagnostics)
    {
        var pageUrl = page.Public($"{view.Slug}/");
        foreach (var section in view.Sections)
        {
            var folder = $"{view.Slug}/embed/{section.Id}/";
            var oembedUrl = page.BaseUrl is null ? null : page.Public(folder + "oembed.json");
            renderer.Globals["section"] = section;
            renderer.Globals["embed"] = new { page_url = pageUrl, oembed_url = oembedUrl };
            if (renderer.RenderUtf8("embed", diagnostics, (html, into) => EmbedLinks.PointOutside(html, pageUrl, into), out var utf8))
            {
                output.Write(folder + "index.html", utf8.Span);
            }

            if (page.BaseUrl is not null)
            {
                var json = OEmbedResponse.Create(
                    EmbedSnippet.For(page, view, section),
                    page.Public($"{view.Slug}/#{section.Id}"),
                    view.Authors,
                    page.Site.Title,
                    page.Public(string.Empty),
                    view.Meta.Image,
                    view.Meta.ImageWidth,
                    view.Meta.ImageHeight);
                output.Write(folder + "oembed.json", json);
            }
        }
    }
}
