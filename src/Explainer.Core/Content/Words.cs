using System.Text;

namespace Explainer.Content;

/// <summary>
/// The words of a text, as splitting it on spaces (or on white space) and dropping the empty parts
/// finds them, without making a string of every word: labels and titles take the first few words
/// of whole paragraphs, for every link and embed of an explainer.
/// </summary>
public static class Words
{
    /// <summary>
    /// The first <paramref name="count"/> words of <paramref name="text"/> (parts between spaces),
    /// joined by one space; <paramref name="more"/> says whether the text has more words than that.
    /// </summary>
    public static string First(string text, int count, out bool more)
    {
        var first = new StringBuilder();
        var taken = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (taken == count)
            {
                more = true;
                return first.ToString();
            }

            (taken++ > 0 ? first.Append(' ') : first).Append(word);
        }

        more = false;
        return first.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> itself when it has at most <paramref name="count"/> words (see
    /// <see cref="First"/>); otherwise its first <paramref name="count"/> words and " …".
    /// </summary>
    public static string Shorten(string text, int count)
    {
        var first = First(text, count, out var more);
        return more ? first + " …" : text;
    }

    /// <summary>The text with each run of white space made one space, and none at its start or end.</summary>
    public static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            (space ? collapsed.Append(' ') : collapsed).Append(c);
            space = false;
        }

        return collapsed.ToString();
    }
}
