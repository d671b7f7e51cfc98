namespace Explainer.Import;

/// <summary>A word of a text and where it stands: <c>text[Start..End]</c>.</summary>
internal readonly record struct Word(string Text, int Start, int End)
{
    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>
    /// Splits text into words: letters and digits, with hyphens, apostrophes and dots inside a word
    /// ("Dongseo-Universität", "Kim's", "U.S"). Elided French articles ("l'", "d'") become words of their own.
    /// </summary>
    public static List<Word> Split(string text, ImportLanguage language)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                if (IsApostrophe(text[i]) && language.Elisions.Contains(Normalize(text[start..(i + 1)])))
                {
                    words.Add(new Word(text[start..(i + 1)], start, i + 1));
                    start = i + 1;
                }

                i++;
            }

            words.Add(new Word(text[start..i], start, i));
        }

        return words;
    }

    /// <summary>Straight apostrophes for comparing words: "d’un" and "d'un" are the same word.</summary>
    public static string Normalize(string word) => word.Replace('’', '\'');

    private static bool IsJoiner(char c) => c is '-' or '.' || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
