using Explainer.Components;
using Explainer.Pages;
using Explainer.Templates;

namespace Explainer.Embeds;

/// <summary>
/// The HTML a host page pastes to embed a section, written here and nowhere else: the explainer
/// page's "Embed" control shows <see cref="Script"/> and <see cref="Iframe"/> (its script only
/// copies them), and the oEmbed response's <c>html</c> is <see cref="WithLink"/>.
/// </summary>
/// <param name="EmbedUrl">The embed page: absolute when the site's public URL is known, else a root-relative path.</param>
/// <param name="Title">The iframe's title, the same as the embed page's: the section's, then the explainer's.</param>
/// <param name="Height">The section's preset height (<see cref="EmbedSection.Height"/>).</param>
/// <param name="ScriptUrl">The host script <c>embed.js</c>, from the site's assets.</param>
public sealed record EmbedSnippet(string EmbedUrl, string Title, int Height, string ScriptUrl)
{
    /// <summary>The host script, the one asset that keeps its name (<c>SitePipelines.StableAssets</c>).</summary>
    public const string HostScript = "embed.js";

    /// <summary>The referrer the iframe sends: the host's origin, not its page.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>The snippet of <paramref name="section"/> of the explainer <paramref name="view"/>.</summary>
    public static EmbedSnippet For(PageContext page, ExplainerView view, EmbedSection section) => new(
        page.Public($"{view.Slug}/embed/{section.Id}/"),
        $"{section.Title} – {view.Title}",
        section.Height,
        page.Public(page.Assets[HostScript]));

    /// <summary>The script form: a placeholder that <c>embed.js</c> makes an iframe that takes its section's height.</summary>
    public string Script =>
        $"<div data-explainer-embed=\"{Escape(EmbedUrl)}\" data-title=\"{Escape(Title)}\" data-height=\"{Height}\"><a href=\"{Escape(EmbedUrl)}\">{Escape(Title)}</a></div>\n" +
        $"<script async src=\"{Escape(ScriptUrl)}\"></script>";

    /// <summary>The plain iframe form, at the preset height, for hosts that allow no scripts.</summary>
    public string Iframe =>
        $"<iframe src=\"{Escape(EmbedUrl)}\" title=\"{Escape(Title)}\" width=\"{EmbedSection.Width}\" height=\"{Height}\" " +
        $"style=\"width:1px;min-width:100%;border:0\" loading=\"lazy\" referrerpolicy=\"{ReferrerPolicy}\"></iframe>";

    /// <summary>
    /// The iframe form after a blockquote link to the section on the explainer page
    /// (<paramref name="sectionUrl"/>), for hosts that strip iframes; WordPress wants the blockquote first.
    /// </summary>
    public string WithLink(string sectionUrl) =>
        $"<blockquote><a href=\"{Escape(sectionUrl)}\">{Escape(Title)}</a></blockquote>" + Iframe;

    private static string Escape(string text) => HtmlEscaper.Escape(text);
}
