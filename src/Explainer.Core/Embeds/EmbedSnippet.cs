using Explainer.Components;
using Explainer.Pages;
using Explainer.Templates;

namespace Explainer.Embeds;

/// <summary>
/// The HTML a host page pastes to embed a section, written here and nowhere else: the oEmbed
/// response's <c>html</c> is <see cref="WithLink"/>, and the explainer page carries the
/// <see cref="Pattern"/> of <see cref="Script"/> and <see cref="Iframe"/> once, which its "Embed"
/// controls fill in with their section's id, title and height (<c>embed-control.js</c> only puts
/// those three in, escaped as here).
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

    /// <summary>The placeholders of the <see cref="Pattern"/>: the section's id, its title (escaped), its preset height.</summary>
    public const string SectionToken = "{embed-section}";
    public const string TitleToken = "{embed-title}";
    public const string HeightToken = "{embed-height}";

    /// <summary>The height as the snippets write it (a placeholder in the <see cref="Pattern"/>).</summary>
    private string HeightText { get; init; } = Height.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The snippets of every section of the explainer <paramref name="view"/>, with placeholders for what tells them apart.</summary>
    public static EmbedSnippet Pattern(PageContext page, ExplainerView view) =>
        new EmbedSnippet(page.Public($"{view.Slug}/embed/") + SectionToken + "/", $"{TitleToken} – {view.Title}", 0, page.Public(page.Assets[HostScript]))
        {
            HeightText = HeightToken,
        };

    /// <summary>The snippet of <paramref name="section"/> of the explainer <paramref name="view"/>.</summary>
    public static EmbedSnippet For(PageContext page, ExplainerView view, EmbedSection section) => new(
        page.Public($"{view.Slug}/embed/{section.Id}/"),
        $"{section.Title} – {view.Title}",
        section.Height,
        page.Public(page.Assets[HostScript]));

    /// <summary>The script form: a placeholder that <c>embed.js</c> makes an iframe that takes its section's height.</summary>
    public string Script =>
        $"<div data-explainer-embed=\"{Escape(EmbedUrl)}\" data-title=\"{Escape(Title)}\" data-height=\"{HeightText}\"><a href=\"{Escape(EmbedUrl)}\">{Escape(Title)}</a></div>\n" +
        $"<script async src=\"{Escape(ScriptUrl)}\"></script>";

    /// <summary>The plain iframe form, at the preset height, for hosts that allow no scripts.</summary>
    public string Iframe =>
        $"<iframe src=\"{Escape(EmbedUrl)}\" title=\"{Escape(Title)}\" width=\"{EmbedSection.Width}\" height=\"{HeightText}\" " +
        $"style=\"width:1px;min-width:100%;border:0\" loading=\"lazy\" referrerpolicy=\"{ReferrerPolicy}\"></iframe>";

    /// <summary>
    /// The iframe form after a blockquote link to the section on the explainer page
    /// (<paramref name="sectionUrl"/>), for hosts that strip iframes; WordPress wants the blockquote first.
    /// </summary>
    public string WithLink(string sectionUrl) =>
        $"<blockquote><a href=\"{Escape(sectionUrl)}\">{Escape(Title)}</a></blockquote>" + Iframe;

    private static string Escape(string text) => HtmlEscaper.Escape(text);
}
