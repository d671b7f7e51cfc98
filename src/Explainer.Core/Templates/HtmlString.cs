namespace Explainer.Templates;

/// <summary>
/// HTML that is known to be safe (rendered Markdown, a partial's output) and is written by a template
/// without escaping. Everything else a template writes is escaped.
/// </summary>
public sealed record HtmlString(string Value)
{
    public static readonly HtmlString Empty = new(string.Empty);

    public override string ToString() => Value;
}
