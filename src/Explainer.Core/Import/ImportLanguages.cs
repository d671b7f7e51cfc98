using Explainer.Import.Languages;

namespace Explainer.Import;

/// <summary>The languages the importer reads, by code; and a guess for a text that names none.</summary>
public static class ImportLanguages
{
    public static IReadOnlyList<ImportLanguage> All { get; } = [German.Language, English.Language, French.Language];

    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(l => l.Code)];

    public static ImportLanguage? Find(string code) =>
        All.FirstOrDefault(l => l.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language whose frequent words the text uses most; English when none is found.</summary>
    public static ImportLanguage Guess(string text)
    {
        var best = English.Language;
        var bestCount = 0;
        foreach (var language in All)
        {
            var count = Word.Split(text, language).Count(w => language.CommonWords.Contains(w.Text));
            if (count > bestCount)
            {
                (best, bestCount) = (language, count);
            }
        }

        return best;
    }
}
