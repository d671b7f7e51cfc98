namespace Explainer.Import;

/// <summary>
/// What the importer drafted from an article: the body as blocks with ids, and the explainer layer
/// (people, quotes, perspectives, media) for explainer.yml. Lists are in order of appearance.
/// </summary>
public sealed record ImportDraft(
    string Title,
    string Language,
    IReadOnlyList<DraftBlock> Blocks,
    IReadOnlyList<DraftPerson> People,
    IReadOnlyList<DraftQuote> Quotes,
    IReadOnlyList<QuotedTerm> Terms,
    IReadOnlyList<DraftPerspective> Perspectives,
    IReadOnlyList<DraftMedia> Media)
{
    /// <summary>Timeline events drafted from the dates in the text, in date order.</summary>
    public IReadOnlyList<DraftEvent> Events { get; init; } = [];

    /// <summary>The paragraphs: the blocks with an id.</summary>
    public IEnumerable<DraftBlock> Paragraphs => Blocks.Where(b => b.Id is not null);
}

/// <summary>A block of article.md: a paragraph with its id and text, or Markdown copied as written (no id).</summary>
/// <remarks><c>Markdown</c>: The block as written to article.md, e.g. <c>Paragraph text {#p-paragraph-text}</c>.</remarks>
public sealed record DraftBlock(string? Id, string Text, string Markdown);

/// <summary>A person or other source that quotes are attributed to.</summary>
/// <remarks><c>Note</c>: A TODO for the editor, written as a comment.</remarks>
public sealed record DraftPerson(string Id, string Name, string? Role, IReadOnlyList<string> Aliases, string? Note);

/// <summary>Reported speech: the quoted words, the blocks it stands in, and its speaker's id.</summary>
/// <remarks><c>Note</c>: How the speaker was found when it is worth checking, written as a comment.</remarks>
public sealed record DraftQuote(string Id, string Text, IReadOnlyList<string> Blocks, string? Speaker, string? Note);

/// <summary>Words in quotation marks that are a term, not speech (the "Aggression" in a sentence).</summary>
public sealed record QuotedTerm(string Text, string Block);

/// <summary>A question with competing answers; <see cref="Source"/> is the sentence it was drafted from.</summary>
public sealed record DraftPerspective(string Id, string Question, string? Source, IReadOnlyList<DraftView> Views);

/// <summary>One position, with the paragraphs (and quotes in them) that present it.</summary>
public sealed record DraftView(string Id, string Label, string Summary, IReadOnlyList<string> Evidence);

/// <summary>A media item the text points at; its source is left for the editor.</summary>
/// <remarks><c>Block</c>: The paragraph that points at it.</remarks>
public sealed record DraftMedia(string Id, string Type, string Caption, string Block);

/// <summary>A dated event: the sentence that mentions the date, and the paragraph it stands in.</summary>
/// <remarks><c>Date</c>, <c>End</c>: As explainer.yml writes them (2024-03-28, 2023-10, 2019).</remarks>
public sealed record DraftEvent(string Id, string Date, string? End, string Title, string Text, string Block);
