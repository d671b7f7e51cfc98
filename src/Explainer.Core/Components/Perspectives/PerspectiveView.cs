using Explainer.Content;
using Explainer.Pages;

namespace Explainer.Components.Perspectives;

/// <summary>A perspectives box as templates see it: the question, then one entry per view.</summary>
public sealed record PerspectiveView(string SectionId, string Question, string? Intro, IReadOnlyList<ViewView> Views)
{
    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public Embeds.EmbedView? Embed { get; init; }

    public static PerspectiveView Build(Perspective perspective, int index, ExplainerContext context) =>
        new(
            SectionIds.Perspective(perspective.Id, index),
            perspective.Question,
            perspective.Intro,
            perspective.Views.Select(v => ViewView.Build(v, context)).ToList());
}

/// <summary>One view: label, who holds it, summary, and evidence links to the exact paragraphs and quotes.</summary>
public sealed record ViewView(string Id, string Label, string? HeldBy, string Summary, IReadOnlyList<LinkView> Evidence)
{
    public static ViewView Build(View view, ExplainerContext context)
    {
        var heldBy = view.HeldBy ?? (view.People.Count > 0 ? string.Join(", ", view.People.Select(p => context.People[p.Id].Name)) : null);
        var evidence = view.Evidence.Select(e => context.Quotes.TryGetValue(e.Id, out var quote)
                ? new LinkView("#" + SectionIds.Quote(quote.Id), $"{context.People[quote.Speaker.Id].Name}: {Quotes.QuotationMarks.For(quote.Language ?? context.Language).Wrap(Shorten(quote.Text))}", context.T("evidence_quote"))
                : new LinkView("#" + e.Id, context.BlockLabel(e.Id), context.T("evidence_paragraph")))
            .ToList();
        return new ViewView(SectionIds.View(view.Id), view.Label, heldBy, view.Summary, evidence);
    }

    private static string Shorten(string text)
    {
        var paragraph = text.IndexOf("\n\n", StringComparison.Ordinal);
        return Words.Shorten(paragraph < 0 ? text : text[..paragraph], 10);
    }
}
