using Explainer.Embeds;
using Scriban.Runtime;

namespace Explainer.Build.Explainers;

/// <summary>
/// Renders the explainer's page with the theme's <c>explainer</c> layout and writes it,
/// <c>&lt;slug&gt;/index.html</c>. Its renderer stays with the explainer for its embed pages, which
/// take their sections over from this page (<see cref="EmbedPages.ReuseSections"/>).
/// </summary>
public sealed class RenderPage : IExplainerStep
{
    public bool Run(ExplainerWork explainer)
    {
        var page = explainer.RequirePage();
        var view = explainer.View;
        var renderer = explainer.Renderer = page.Catalog.Renderer(new ScriptObject { ["site"] = page.SiteView, ["page"] = view }, page.Scope(view.Language));
        EmbedPages.ReuseSections(view, renderer);
        if (renderer.RenderUtf8("explainer", explainer.Diagnostics, out var html))
        {
            explainer.Output.Write($"{explainer.Slug}/index.html", html.Span);
        }

        return true;
    }
}
