using Explainer.Components.Media;
using Explainer.Components.Perspectives;
using Explainer.Components.Quotes;
using Explainer.Components.Scenes;
using Explainer.Components.Timeline;
using Explainer.Content;

namespace Explainer.Embeds;

/// <summary>
/// An embeddable section of an explainer: its stable id (a URL segment), the partial that renders
/// it, its title, its view model, and the height its iframe starts with before it reports its own.
/// </summary>
public sealed record EmbedSection(string Id, string Partial, string Title, object Model, int Height)
{
    /// <summary>The nominal width of the oEmbed response; the iframe itself is fluid.</summary>
    public const int Width = 640;

    public static EmbedSection? From(object model, Func<string, string> t) => model switch
    {
        TimelineView v => new(v.SectionId, "timeline", v.Heading, v, 140 + (95 * v.Events.Count)),
        PerspectiveView v => new(v.SectionId, "perspectives", v.Question, v, 200 + (260 * v.Views.Count)),
        QuoteView v => new(v.Id, "quote", $"{t("evidence_quote")}: {v.Speaker} – {Opening(v)}", v, 240 + (60 * v.Paragraphs.Count) + (v.Note is null ? 0 : 40)),
        SceneView v => new(v.SectionId, "scene", v.Title ?? t("scene"), v, 160 + (230 * v.Groups.Sum(g => g.Steps.Count))),
        MediaView v => new(v.Id, "media", v.Caption ?? v.Alt ?? v.Id, v, 90 + (int)Math.Ceiling(Width * (double)v.Height / Math.Max(v.Width, 1))),
        _ => null,
    };

    /// <summary>How many words of a quote its title gives, after the speaker.</summary>
    public const int QuoteTitleWords = 6;

    /// <summary>The section's "Embed" control on the explainer page (null until <see cref="OnPage"/>).</summary>
    public EmbedView? Control { get; private init; }

    /// <summary>
    /// The section's view as the explainer page shows it: <see cref="Model"/> with its "Embed"
    /// <see cref="Control"/> (the model itself until <see cref="OnPage"/>).
    /// </summary>
    public object PageModel { get; private init; } = Model;

    /// <summary>The section with its "Embed" control for the explainer page.</summary>
    public EmbedSection OnPage(string slug, string basePath)
    {
        var control = new EmbedView($"{basePath}{slug}/embed/{Id}/", Title, Height, "embed-" + Id);
        return this with { Control = control, PageModel = WithControl(Model, control) };
    }

    /// <summary>
    /// The first words of a quote, without its quotation marks: a speaker quoted four times has four
    /// quotes whose titles (of the embed page, the iframe, the "Embed" button) must tell them apart.
    /// </summary>
    private static string Opening(QuoteView quote)
    {
        var words = Words.First(QuotationMarks.Strip(quote.Paragraphs[0]), QuoteTitleWords, out var more);
        return more || quote.Paragraphs.Count > 1 ? words.TrimEnd(',', ';', ':', '.') + " …" : words;
    }

    private static object WithControl(object model, EmbedView embed) => model switch
    {
        TimelineView v => v with { Embed = embed },
        PerspectiveView v => v with { Embed = embed },
        QuoteView v => v with { Embed = embed },
        SceneView v => v with { Embed = embed },
        MediaView v => v with { Embed = embed },
        _ => model,
    };
}
