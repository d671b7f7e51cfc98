using AngleSharp.Html.Parser;

namespace Explainer.Tests.Fuzzing;

/// <summary>
/// The parse errors AngleSharp's HTML5 parser reports for a page, the two it does not report
/// (control characters and noncharacters in the input stream), and ids used twice (which the parser
/// accepts, but HTML does not: links and aria references go to the first): a valid page has none.
/// The seed's pages have none, so no kind of error is left out.
/// </summary>
public static class HtmlValidity
{
    /// <summary>Each error as <c>(line,col): code message</c>.</summary>
    public static IReadOnlyList<string> Errors(string html)
    {
        var errors = new List<string>(ForbiddenCharacters(html));
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add($"({error.Position.Line},{error.Position.Column}): {error.Code} {error.Message}");
        };
        var document = parser.ParseDocument(html);
        var duplicates = document.All.Where(e => e.Id is { Length: > 0 }).GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1);
        errors.AddRange(duplicates.Select(g => g.ElementAt(1).SourceReference?.Position is { } second
            ? $"({second.Line},{second.Column}): the id '{g.Key}' is used by {g.Count()} elements"
            : $"(1,1): the id '{g.Key}' is used by {g.Count()} elements"));
        return errors;
    }

    /// <summary>
    /// "control-character-in-input-stream" and "noncharacter-in-input-stream" of the HTML standard
    /// (13.2.3.5): AngleSharp lets the first pass, and reads U+FFFF as the end of the file.
    /// </summary>
    private static IEnumerable<string> ForbiddenCharacters(string html)
    {
        var (line, column) = (1, 1);
        foreach (var rune in html.EnumerateRunes())
        {
            var value = rune.Value;
            var isControl = value is (< 0x20 and not ('\t' or '\n' or '\f' or '\r' or 0)) or (>= 0x7F and <= 0x9F);
            var isNoncharacter = value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
            if (isControl || isNoncharacter)
            {
                yield return $"({line},{column}): {(isControl ? "control-character" : "noncharacter")}-in-input-stream U+{value:X4}";
            }

            (line, column) = value == '\n' ? (line + 1, 1) : (line, column + 1);
        }
    }
}
