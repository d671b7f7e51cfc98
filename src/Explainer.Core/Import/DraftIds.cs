using Explainer.Content;

namespace Explainer.Import;

/// <summary>
/// Hands out the ids of a draft: one namespace for blocks, people, quotes, views and media, so that
/// a reference (a view's evidence may name a block or a quote) can never mean two things.
/// </summary>
internal sealed class DraftIds
{
    private readonly BlockIds.Allocator _taken = new();

    /// <summary>
    /// Markdig reads no one-character id in <c>{#…}</c>, so a paragraph without letters or digits,
    /// whose id would be the bare prefix, gets "p-2" instead of "p".
    /// </summary>
    public DraftIds() => _taken.Reserve("p");

    /// <summary>A paragraph id, "p-" and the first words of its text, as the build derives it.</summary>
    public string Paragraph(string text) => _taken.Allocate("p", text);

    public void Reserve(string id) => _taken.Reserve(id);

    /// <summary>The slug of <paramref name="text"/> (or <paramref name="fallback"/>), made unique with -2, -3 ….</summary>
    public string For(string text, string fallback, int maxWords = 6)
    {
        var slug = BlockIds.Slug(text, maxWords);
        var baseId = slug.Length == 0 ? fallback : slug;
        var id = baseId;
        for (var n = 2; _taken.IsTaken(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        _taken.Reserve(id);
        return id;
    }
}
