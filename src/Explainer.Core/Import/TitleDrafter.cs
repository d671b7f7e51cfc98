namespace Explainer.Import;

/// <summary>
/// Drafts a title from the article's first sentence: as it is when short, else cut at the last
/// clause boundary (comma, colon, dash) that keeps it readable, or at a word, with an ellipsis.
/// </summary>
internal static class TitleDrafter
{
    private const int MaxLength = 70;
    private const int MinClauseLength = 30;

    public static string Draft(IReadOnlyList<DraftBlock> paragraphs, ImportLanguage language)
    {
        var first = paragraphs.FirstOrDefault()?.Text ?? string.Empty;
        var sentence = first[..Sentences.EndFrom(first, 0, language)].Trim();
        sentence = sentence.EndsWith('.') && !sentence.EndsWith("...", StringComparison.Ordinal) ? sentence[..^1] : sentence;
        if (sentence.Length <= MaxLength)
        {
            return sentence.Length > 0 ? sentence : "TODO title";
        }

        var clause = LastBefore(sentence, [", ", ": ", " – ", " — ", "; "]);
        var cut = clause >= MinClauseLength ? clause : LastBefore(sentence, [" "]);
        return sentence[..cut].TrimEnd(',', ':', ';', ' ', '–', '—') + " …";
    }

    /// <summary>The last position within the limit where one of <paramref name="separators"/> starts.</summary>
    private static int LastBefore(string text, string[] separators) =>
        separators.Select(s => text.LastIndexOf(s, MaxLength, StringComparison.Ordinal)).DefaultIfEmpty(-1).Max() is var i and > 0 ? i : MaxLength;
}
