using System.Text;

namespace Explainer.Templates;

/// <summary>
/// Removes the blank lines that template control statements leave behind. Whole lines of only
/// whitespace carry no meaning in HTML outside <c>&lt;pre&gt;</c> and <c>&lt;textarea&gt;</c>, which are left alone.
/// </summary>
public static class HtmlWhitespace
{
    public static string RemoveBlankLines(string html)
    {
        var builder = new StringBuilder(html.Length);
        var preserve = 0;
        foreach (var line in html.Split('\n'))
        {
            if (preserve == 0 && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            builder.Append(line).Append('\n');
            preserve += Count(line, "<pre") + Count(line, "<textarea") - Count(line, "</pre>") - Count(line, "</textarea>");
            preserve = Math.Max(preserve, 0);
        }

        return builder.ToString();
    }

    private static int Count(string line, string tag)
    {
        var count = 0;
        for (var i = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase); i >= 0; i = line.IndexOf(tag, i + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
