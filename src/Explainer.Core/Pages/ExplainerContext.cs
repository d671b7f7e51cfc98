using Explainer.Components.Media;
using Explainer.Components.People;
using Explainer.Components.Quotes;
using Explainer.Content;
using Explainer.Templates;

namespace Explainer.Pages;

/// <summary>What the component view builders of one explainer page share: its data, language, strings and lookups.</summary>
public sealed class ExplainerContext
{
    public ExplainerContext(Article article, ExplainerData data, string language, UiText strings, IReadOnlyDictionary<string, MediaRendition> renditions)
    {
        Article = article;
        Data = data;
        Language = language;
        Strings = strings;
        Renditions = renditions;
        Blocks = article.AllBlocks.GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        People = data.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Quotes = data.Quotes.ToDictionary(q => q.Id, StringComparer.Ordinal);
        Media = data.Media.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Marks = QuotationMarks.For(language);
    }

    public Article Article { get; }

    public ExplainerData Data { get; }

    public string Language { get; }

    public UiText Strings { get; }

    /// <summary>Resized images and media URLs, by media id.</summary>
    public IReadOnlyDictionary<string, MediaRendition> Renditions { get; }

    public IReadOnlyDictionary<string, ArticleBlock> Blocks { get; }

    public IReadOnlyDictionary<string, Person> People { get; }

    public IReadOnlyDictionary<string, Quote> Quotes { get; }

    public IReadOnlyDictionary<string, MediaItem> Media { get; }

    public QuotationMarks Marks { get; }

    /// <summary>A UI string (<see cref="UiText.Get"/>: a missing one is a located error).</summary>
    public string T(string key) => Strings.Get(key);

    /// <summary>A short label for a block: its first words.</summary>
    public string BlockLabel(string blockId)
    {
        var text = Blocks.TryGetValue(blockId, out var b) ? b.Text : blockId;
        return Words.Shorten(text, 8);
    }
}
