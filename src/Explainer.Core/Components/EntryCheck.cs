using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Components;

/// <summary>
/// What a component checks its entries with (<see cref="IComponent.Check"/>): the article, every
/// entry, the ids declared, the explainer's folder, and where errors go. Each error names the
/// missing id and where it was written.
/// </summary>
public sealed class EntryCheck
{
    private readonly Dictionary<string, (string Kind, SourceLocation Location)> _ids;
    private Dictionary<string, string>? _blockText;

    internal EntryCheck(Article article, ExplainerData data, string articlePath, string? folder,
        Dictionary<string, (string Kind, SourceLocation Location)> ids, DiagnosticBag diagnostics)
    {
        Article = article;
        Data = data;
        ArticlePath = articlePath;
        Folder = folder;
        _ids = ids;
        Diagnostics = diagnostics;
    }

    public Article Article { get; }

    public ExplainerData Data { get; }

    /// <summary>article.md as messages name it.</summary>
    public string ArticlePath { get; }

    /// <summary>The explainer's folder, where the files its entries name are; null when there is none to look in (a test).</summary>
    public string? Folder { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Where a block of the article is written.</summary>
    public SourceLocation At(ArticleBlock block) => new(ArticlePath, block.Line, block.Column);

    /// <summary>The fenced divs that place <paramref name="component"/>, in document order.</summary>
    public IEnumerable<ArticleBlock> Placements(IComponent component) =>
        Article.AllBlocks.Where(b => ComponentList.PlacedBy(b) == component);

    /// <summary>The plain text of the block <paramref name="id"/> (the first, if the id is written twice).</summary>
    public string BlockText(string id)
    {
        _blockText ??= Article.AllBlocks.GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        return _blockText[id];
    }

    /// <summary>Reports an error unless <paramref name="reference"/> (when set) names a <paramref name="kind"/>.</summary>
    public bool Expect(Reference? reference, string kind, string owner) =>
        reference is null || Expect(reference.Value, [kind], owner);

    /// <summary>Reports an error unless <paramref name="reference"/> names one of <paramref name="kinds"/>.</summary>
    public bool Expect(Reference reference, string[] kinds, string owner)
    {
        var wanted = string.Join(" or ", kinds);
        if (!_ids.TryGetValue(reference.Id, out var found))
        {
            Diagnostics.Add(reference.Location, ErrorCodes.DanglingReference, $"{owner} refers to {wanted} '{reference.Id}', which does not exist");
            return false;
        }

        if (!kinds.Contains(found.Kind))
        {
            Diagnostics.Add(reference.Location, ErrorCodes.DanglingReference,
                $"{owner} refers to '{reference.Id}' as a {wanted}, but it is a {found.Kind}");
            return false;
        }

        return true;
    }
}
