namespace Explainer.Import;

/// <summary>The quotes of an article, told apart into speech (with speakers) and quoted terms.</summary>
internal sealed record AttributedQuotes(IReadOnlyList<DraftQuote> Quotes, IReadOnlyList<QuotedTerm> Terms, IReadOnlyList<DraftPerson> People);

/// <summary>
/// Decides for every quotation whether it is speech or a term, and who speaks.
/// Speech is attributed ("…“, sagte X" / "X said: “…”"), or stands as a sentence of its own (it
/// starts a sentence and ends it, or runs into a comma after three words or more). Everything else,
/// words in quotation marks inside a sentence, is a term. A quote that is a whole paragraph,
/// right after a paragraph with attributed speech, continues that speech: same speaker.
/// </summary>
internal static class SpeakerAttribution
{
    /// <summary>An embedded quote this long is a partial quote when its sentence names a speaker.</summary>
    private const int PartialQuoteWords = 8;

    public static AttributedQuotes Attribute(IReadOnlyList<DraftBlock> paragraphs, ImportLanguage language, DraftIds ids)
    {
        var texts = paragraphs.Select(p => p.Text).ToList();
        var people = new PeopleDirectory(ids);
        var quotes = new List<DraftQuote>();
        var terms = new List<QuotedTerm>();
        (QuoteSpan Span, DraftQuote Quote)? previous = null;

        foreach (var span in QuoteFinder.Find(texts, language))
        {
            var context = QuoteContext.Of(span, texts, language);
            var mention = Mention(span, context, language);
            if (mention is null && !StandsAsSentence(span, context))
            {
                terms.Add(new QuotedTerm(span.Text, paragraphs[span.FirstParagraph].Id!));
                continue;
            }

            var speaker = mention is null ? null : people.Resolve(mention);
            string? note = null;
            if (mention is null && context.StandsAlone && previous is { } before
                && before.Span.LastParagraph == span.FirstParagraph - 1 && before.Quote.Speaker is not null)
            {
                speaker = before.Quote.Speaker;
                note = $"continues {before.Quote.Id}: same speaker; check";
            }
            else if (speaker is null)
            {
                note = mention is null || mention.Text.Length == 0 ? "TODO: who said this?" : $"TODO: who said this? The text says \"{mention.Text}\".";
            }

            var quote = new DraftQuote(
                ids.For(span.Text, "quote"),
                span.Text,
                [.. span.Paragraphs.Select(p => paragraphs[p].Id!)],
                speaker,
                note);
            quotes.Add(quote);
            previous = (span, quote);
        }

        return new AttributedQuotes(quotes, terms, people.People);
    }

    /// <summary>The speaker the clause after the quote names, or else the clause before it.</summary>
    private static SpeakerMention? Mention(QuoteSpan span, QuoteContext context, ImportLanguage language)
    {
        var after = context.After == Boundary.Comma
            || (context.After == Boundary.Word && (span.EndsWithComma || span.LastInside is '?' or '!'));
        if (after && AttributionParser.Parse(context.AfterClause, language) is { } mention)
        {
            return mention;
        }

        var before = context.Before is Boundary.Colon or Boundary.Comma
            || (context.Before == Boundary.Word && span.WordCount >= PartialQuoteWords);
        return before ? AttributionParser.Parse(context.BeforeClause, language) : null;
    }

    private static bool StandsAsSentence(QuoteSpan span, QuoteContext context) =>
        context.StartsSentence
        && (context.After is Boundary.ParagraphEdge or Boundary.SentenceEnd
            || span.EndsWithSentenceEnd
            || ((context.After == Boundary.Comma || span.EndsWithComma) && span.WordCount >= 3));
}
