using Explainer.Pages;

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
    string? OriginalText)
{
    public static QuoteView Build(Quote quote, ExplainerContext context)
    {
        var language = quote.Language ?? context.Language;
        var marks = QuotationMarks.For(language);
        var parts = quote.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var paragraphs = parts.Select((p, i) => marks.Open + QuotationMarks.Strip(p) + (i == parts.Length - 1 ? marks.Close : string.Empty)).ToList();
        var speaker = context.People[quote.Speaker.Id];
        return new QuoteView(
            SectionIds.Quote(quote.Id),
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
public sealed record QuotesBySpeakerView(string SectionId, string Heading, IReadOnlyList<SpeakerQuotesView> Speakers)
{
    public static QuotesBySpeakerView? Build(ExplainerContext context)
    {
        if (context.Data.Quotes.Count == 0)
        {
            return null;
        }

        var speakers = context.Data.Quotes
            .GroupBy(q => q.Speaker.Id)
            .Select(g => new SpeakerQuotesView(
                "quotes-" + g.Key,
                context.People[g.Key].Name,
                context.People[g.Key].Role,
                g.Select(q => QuoteView.Build(q, context)).ToList()))
            .ToList();
        return new QuotesBySpeakerView(SectionIds.Quotes, context.T("quotes"), speakers);
    }
}

/// <summary>One speaker and what they said.</summary>
public sealed record SpeakerQuotesView(string Id, string Name, string? Role, IReadOnlyList<QuoteView> Quotes);
