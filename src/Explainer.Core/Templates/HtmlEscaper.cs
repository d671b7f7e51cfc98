using System.Buffers;
using System.Text;

namespace Explainer.Templates;

/// <summary>Escapes text for HTML element content and quoted attribute values; non-ASCII letters stay as they are.</summary>
public static class HtmlEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var rest = text.AsSpan();
        var at = rest.IndexOfAny(Special);
        if (at < 0)
        {
            return text;
        }

        // The text between special characters is copied in runs, not character by character.
        var builder = new StringBuilder(text.Length + 32);
        do
        {
            builder.Append(rest[..at]).Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(at + 1)..];
            at = rest.IndexOfAny(Special);
        }
        while (at >= 0);

        return builder.Append(rest).ToString();
    }
}
