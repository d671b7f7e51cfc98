using Explainer.Content;

namespace Explainer.Components.Perspectives;

/// <summary>A perspectives box as templates see it: the question, then one entry per view.</summary>
public sealed record PerspectiveView(string SectionId, string Question, string? Intro, IReadOnlyList<ViewView> Views) : IEmbeddable
{
    /// <summary>The height of an embedded box without views (question, intro, margins), and what each view adds.</summary>
    private const int BaseHeight = 200;
    private const int ViewHeight = 260;

    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public EmbedView? Embed { get; init; }

    public string Partial => PerspectivesComponent.Partial;

    public int PresetHeight => BaseHeight + (ViewHeight * Views.Count);

    public string EmbedTitle(Func<string, string> t) => Question;

    public IEmbeddable WithEmbed(EmbedView embed) => this with { Embed = embed };

    public static PerspectiveView Build(Perspective perspective, int index, ExplainerContext context) =>
        new(
            PerspectivesComponent.SectionIdOf(perspective.Id, index),
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
                ? new LinkView("#" + Quotes.QuotesComponent.QuotePrefix + quote.Id, $"{context.People[quote.Speaker.Id].Name}: {Quotes.QuotationMarks.For(quote.Language ?? context.Language).Wrap(Words.Shorten(quote.Paragraphs[0], 10))}", context.T("evidence_quote"))
                : new LinkView("#" + e.Id, context.BlockLabel(e.Id), context.T("evidence_paragraph")))
            .ToList();
        return new ViewView(PerspectivesComponent.ViewPrefix + view.Id, view.Label, heldBy, view.Summary, evidence);
    }
}
