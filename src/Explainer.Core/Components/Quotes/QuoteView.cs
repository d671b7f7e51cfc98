using Explainer.Content;

namespace Explainer.Components.Quotes;

/// <summary>An annotated quote as templates see it.</summary>
/// <param name="Paragraphs">The quote's paragraphs with their quotation marks: each opens, only the last closes.</param>
/// <param name="Lang">Set when the quote's language differs from the page's.</param>
/// <param name="InText">Links back to the paragraphs the quote stands in.</param>
public sealed record QuoteView(
    string Id,
    string QuoteId,
    IReadOnlyList<string> Paragraphs,
    string? Lang,
    string Speaker,
    string? Role,
    string? Note,
    LinkView? Source,
    IReadOnlyList<LinkView> InText,
    string? OriginalLang,
    string? OriginalText) : IEmbeddable
{
    /// <summary>How many words of a quote its title gives, after the speaker.</summary>
    public const int TitleWords = 6;

    /// <summary>The height of an embedded quote with one paragraph and no note, what each paragraph adds, and what a note adds.</summary>
    private const int BaseHeight = 240;
    private const int ParagraphHeight = 60;
    private const int NoteHeight = 40;

    /// <summary>The section's "Embed" control on the explainer page; null inside an embed page.</summary>
    public EmbedView? Embed { get; init; }

    public string SectionId => Id;

    public string Partial => QuotesComponent.Partial;

    public int PresetHeight => BaseHeight + (ParagraphHeight * Paragraphs.Count) + (Note is null ? 0 : NoteHeight);

    /// <summary>
    /// The speaker and the first words of the quote, without its quotation marks: a speaker quoted
    /// four times has four quotes whose titles (of the embed page, the iframe, the "Embed" button)
    /// must tell them apart.
    /// </summary>
    public string EmbedTitle(Func<string, string> t)
    {
        var words = Words.First(QuotationMarks.Strip(Paragraphs[0]), TitleWords, out var more);
        var opening = more || Paragraphs.Count > 1 ? words.TrimEnd(',', ';', ':', '.') + " …" : words;
        return $"{t("evidence_quote")}{t("colon")} {Speaker} – {opening}";
    }

    public IEmbeddable WithEmbed(EmbedView embed) => this with { Embed = embed };

    public static QuoteView Build(Quote quote, ExplainerContext context)
    {
        var language = quote.Language ?? context.Language;
        var marks = QuotationMarks.For(language);
        var parts = quote.Paragraphs;
        var paragraphs = parts.Select((p, i) => marks.Open + QuotationMarks.Strip(p) + (i == parts.Count - 1 ? marks.Close : string.Empty)).ToList();
        var speaker = context.People[quote.Speaker.Id];
        return new QuoteView(
            QuotesComponent.QuotePrefix + quote.Id,
            quote.Id,
            paragraphs,
            quote.Language is { } l && !l.Equals(context.Language, StringComparison.OrdinalIgnoreCase) ? l : null,
            speaker.Name,
            speaker.Role,
            quote.Note,
            quote.Source is { } s ? new LinkView(s.Url ?? string.Empty, s.Title) : null,
            quote.Blocks.Select((b, i) => new LinkView("#" + b.Id, quote.Blocks.Count == 1 ? context.T("quote_in_text") : $"{context.T("quote_in_text")} ({i + 1})")).ToList(),
            quote.Original?.Language,
            quote.Original is { } o ? QuotationMarks.For(o.Language).Wrap(o.Text) : null);
    }
}

/// <summary>All quotes, grouped by speaker in order of first appearance.</summary>
public sealed record QuotesBySpeakerView(string SectionId, string Heading, IReadOnlyList<SpeakerQuotesView> Speakers) : IEmbeddableParts
{
    /// <summary>Each quote is a section of its own.</summary>
    public IEnumerable<IEmbeddable> Parts => Speakers.SelectMany(s => s.Quotes);

    public object WithParts(Func<IEmbeddable, IEmbeddable> replace) =>
        this with { Speakers = Speakers.Select(s => s with { Quotes = s.Quotes.Select(q => (QuoteView)replace(q)).ToList() }).ToList() };

    public static QuotesBySpeakerView? Build(ExplainerContext context)
    {
        if (context.Data.Of<Quote>().Count == 0)
        {
            return null;
        }

        var speakers = context.Data.Of<Quote>()
            .GroupBy(q => q.Speaker.Id)
            .Select(g => new SpeakerQuotesView(
                "quotes-" + g.Key,
                context.People[g.Key].Name,
                context.People[g.Key].Role,
                g.Select(q => QuoteView.Build(q, context)).ToList()))
            .ToList();
        return new QuotesBySpeakerView(QuotesComponent.SectionId, context.T("quotes"), speakers);
    }
}

/// <summary>One speaker and what they said.</summary>
public sealed record SpeakerQuotesView(string Id, string Name, string? Role, IReadOnlyList<QuoteView> Quotes);
