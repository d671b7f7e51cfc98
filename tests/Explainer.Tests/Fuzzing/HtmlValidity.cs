using AngleSharp.Html.Parser;

namespace Explainer.Tests.Fuzzing;

/// <summary>The parse errors AngleSharp's HTML5 parser reports for a page: a valid page has none.</summary>
public static class HtmlValidity
{
    /// <summary>Each error as <c>(line,col): code message</c>.</summary>
    public static IReadOnlyList<string> Errors(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add($"({error.Position.Line},{error.Position.Column}): {error.Code} {error.Message}");
        };
        parser.ParseDocument(html);
        return errors;
    }
}
