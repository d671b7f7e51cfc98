using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Content;

/// <summary>
/// Derives ids from text, so that an id survives when paragraphs are reordered: the first words,
/// folded to ASCII (ä → ae, ß → ss), lower case, joined by hyphens.
/// </summary>
public static partial class BlockIds
{
    private const int MaxWords = 6;
    private const int MaxLength = 48;

    /// <summary>
    /// The longest id of an entry of explainer.yml: it names the entry's embed page
    /// (<c>embed/quote-&lt;id&gt;/</c>), and a file name has at most 255 bytes.
    /// </summary>
    public const int MaxEntryIdLength = 100;

    /// <summary>
    /// True when <paramref name="id"/> can be used as an HTML id and a URL segment: two or more
    /// lower-case letters, digits and hyphens (Markdig does not read a one-letter <c>{#a}</c>).
    /// </summary>
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>The slug of a text: "„Putin ist wütend“, meint" becomes "putin-ist-wuetend-meint".</summary>
    public static string Slug(string text, int maxWords = MaxWords, int maxLength = MaxLength)
    {
        var builder = new StringBuilder();
        var words = 0;
        var inWord = false;
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (words == maxWords)
                    {
                        break;
                    }

                    if (builder.Length > 0)
                    {
                        if (builder.Length >= maxLength)
                        {
                            break;
                        }

                        builder.Append('-');
                    }

                    words++;
                    inWord = true;
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’')
            {
                // "Kim's" stays one word.
            }
            else
            {
                inWord = false;
            }
        }

        return builder.Length > maxLength ? builder.ToString(0, maxLength).TrimEnd('-') : builder.ToString();
    }

    /// <summary>True when a folder name can be an explainer's slug, a URL segment: lower-case letters, digits and hyphens.</summary>
    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>Folds German and other Latin letters to ASCII the way German readers expect.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        // By rune, not by char: half of an emoji's surrogate pair is not a character Normalize accepts.
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'Ä': builder.Append("Ae"); break;
                case 'Ö': builder.Append("Oe"); break;
                case 'Ü': builder.Append("Ue"); break;
                case 'ß': builder.Append("ss"); break;
                default:
                    var decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
                    foreach (var d in decomposed)
                    {
                        if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                        {
                            builder.Append(d);
                        }
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Makes ids unique in order of appearance: the second "x" becomes "x-2".</summary>
    public sealed class Allocator
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public bool IsTaken(string id) => _used.Contains(id);

        public void Reserve(string id) => _used.Add(id);

        public string Allocate(string prefix, string text)
        {
            var slug = Slug(text);
            var baseId = slug.Length == 0 ? prefix : $"{prefix}-{slug}";
            var id = baseId;
            for (var n = 2; !_used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            return id;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
