namespace Explainer.Components.Quotes;

/// <summary>The quotation marks a language sets around a quote: „…“ in German, “…” in English, « … » in French, «…» in Swiss German.</summary>
public sealed record QuotationMarks(string Open, string Close)
{
    private const string NarrowNoBreakSpace = "\u202F";

    /// <summary>Every character that can open or close a quotation, in any of the conventions the tool knows.</summary>
    public const string AllMarks = "„“”‚‘’»«\"‹›";

    public static QuotationMarks For(string language)
    {
        var lower = language.ToLowerInvariant();
        return lower switch
        {
            "de-ch" or "de-li" => new("«", "»"),
            _ when lower.StartsWith("de", StringComparison.Ordinal) => new("„", "“"),
            _ when lower.StartsWith("fr", StringComparison.Ordinal) => new("«" + NarrowNoBreakSpace, NarrowNoBreakSpace + "»"),
            _ => new("“", "”"),
        };
    }

    /// <summary>Sets the marks around <paramref name="text"/>, first taking off any the text already has, so they are never doubled.</summary>
    public string Wrap(string text) => Open + Strip(text) + Close;

    /// <summary>The text without quotation marks (and the spaces French sets inside them) at either end.</summary>
    public static string Strip(string text) =>
        text.Trim().Trim(AllMarks.ToCharArray()).Trim('\u202F', '\u00A0', ' ');
}
