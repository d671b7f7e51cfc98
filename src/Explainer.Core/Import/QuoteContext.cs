namespace Explainer.Import;

/// <summary>What stands right before a quote's opening mark or right after its closing mark.</summary>
internal enum Boundary
{
    /// <summary>Nothing: the paragraph starts or ends there.</summary>
    ParagraphEdge,

    /// <summary>The end of a sentence (before), or a sentence end right after the mark.</summary>
    SentenceEnd,
    Colon,
    Comma,
    Dash,

    /// <summary>A word: the quote sits inside a sentence.</summary>
    Word,
    Other,
}

/// <summary>
/// The sentence around a quote: what is before and after it, and the clauses that may attribute it
/// ("…“, sagte Herr Monday." and "Er sagte: „…“").
/// </summary>
internal sealed record QuoteContext(Boundary Before, Boundary After, string BeforeClause, string AfterClause, bool StandsAlone)
{
    public static QuoteContext Of(QuoteSpan quote, IReadOnlyList<string> paragraphs, ImportLanguage language)
    {
        var first = paragraphs[quote.FirstParagraph];
        var prefix = first[..quote.Start].TrimEnd();
        var sentenceStart = Math.Min(Sentences.StartBefore(first, quote.Start, language), quote.Start);
        var beforeClause = first[sentenceStart..quote.Start].Trim().TrimEnd(':', ',', ';').TrimEnd();

        var last = paragraphs[quote.LastParagraph];
        var suffix = last[quote.End..].TrimStart();
        var afterText = suffix.TrimStart(',', ';').TrimStart();
        var afterClause = afterText[..Sentences.EndFrom(afterText, 0, language)].Trim();

        return new QuoteContext(
            BoundaryBefore(prefix),
            BoundaryAfter(suffix),
            beforeClause,
            afterClause,
            prefix.Length == 0 && suffix.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c)));
    }

    /// <summary>The quote starts a sentence: at a paragraph start, after a sentence, a colon or a dash.</summary>
    public bool StartsSentence => Before is Boundary.ParagraphEdge or Boundary.SentenceEnd or Boundary.Colon or Boundary.Dash;

    private static Boundary BoundaryBefore(string prefix)
    {
        if (prefix.Length == 0)
        {
            return Boundary.ParagraphEdge;
        }

        var end = prefix.Length - 1;
        while (end > 0 && Sentences.IsClosingMark(prefix[end]))
        {
            end--;
        }

        return Classify(prefix[end]);
    }

    private static Boundary BoundaryAfter(string suffix) => suffix.Length == 0 ? Boundary.ParagraphEdge : Classify(suffix[0]);

    private static Boundary Classify(char c) => c switch
    {
        _ when Sentences.IsSentenceEnd(c) => Boundary.SentenceEnd,
        ';' => Boundary.SentenceEnd,
        ':' => Boundary.Colon,
        ',' => Boundary.Comma,
        '–' or '—' or '-' => Boundary.Dash,
        _ when char.IsLetterOrDigit(c) => Boundary.Word,
        _ => Boundary.Other,
    };
}
