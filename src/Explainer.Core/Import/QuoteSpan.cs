namespace Explainer.Import;

/// <summary>
/// A quotation in the article, from its opening mark (<see cref="Start"/> in paragraph
/// <see cref="FirstParagraph"/>) to just after its closing mark (<see cref="End"/> in paragraph
/// <see cref="LastParagraph"/>). <see cref="Text"/> holds the quoted words without the marks and
/// the spaces inside them, paragraphs joined by a blank line, and without the comma English puts
/// before the closing mark.
/// </summary>
internal sealed record QuoteSpan(int FirstParagraph, int Start, int LastParagraph, int End, string Text, char LastInside)
{
    public int WordCount { get; } = Text.Split([' ', '\n', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The quoted words end a sentence of their own ("… ein Ende setzen.“").</summary>
    public bool EndsWithSentenceEnd => Sentences.IsSentenceEnd(LastInside);

    /// <summary>English puts the comma before an attribution inside the marks: “Putin is angry,” said …</summary>
    public bool EndsWithComma => LastInside == ',';

    public IEnumerable<int> Paragraphs => Enumerable.Range(FirstParagraph, LastParagraph - FirstParagraph + 1);
}
