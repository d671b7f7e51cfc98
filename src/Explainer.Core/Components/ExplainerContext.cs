using Explainer.Components.Media;
using Explainer.Components.People;
using Explainer.Components.Quotes;
using Explainer.Content;
using Explainer.Templates;

namespace Explainer.Components;

/// <summary>
/// What the components share while they lay out one explainer page: its article and data, its
/// language and UI strings, its media, lookups by id, and which components the article placed.
/// </summary>
public sealed class ExplainerContext
{
    private readonly Dictionary<string, object> _memo = new(StringComparer.Ordinal);

    public ExplainerContext(
        Article article,
        ExplainerData data,
        string language,
        UiText strings,
        IReadOnlyDictionary<string, MediaRendition> renditions,
        string basePath = "/")
    {
        Article = article;
        Data = data;
        Language = language;
        Strings = strings;
        Renditions = renditions;
        BasePath = basePath;
        Blocks = article.AllBlocks.GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        People = data.Of<Person>().ToDictionary(p => p.Id, StringComparer.Ordinal);
        Quotes = data.Of<Quote>().ToDictionary(q => q.Id, StringComparer.Ordinal);
        Media = data.Of<MediaItem>().ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    public Article Article { get; }

    public string Slug => Article.Slug;

    /// <summary>The site's base path, which every link into the site starts with.</summary>
    public string BasePath { get; }

    public ExplainerData Data { get; }

    public string Language { get; }

    public UiText Strings { get; }

    /// <summary>Resized images and media URLs, by media id.</summary>
    public IReadOnlyDictionary<string, MediaRendition> Renditions { get; }

    /// <summary>Each audio's length and transcript, read from its files, by media id.</summary>
    public IReadOnlyDictionary<string, Media.Audio.AudioTrack> Audio { get; init; } = new Dictionary<string, Media.Audio.AudioTrack>();

    public IReadOnlyDictionary<string, ArticleBlock> Blocks { get; }

    public IReadOnlyDictionary<string, Person> People { get; }

    public IReadOnlyDictionary<string, Quote> Quotes { get; }

    public IReadOnlyDictionary<string, MediaItem> Media { get; }

    /// <summary>The store of drawn maps and encoded images, when the build has one (<see cref="Maps.MapDrawing.Cached"/>).</summary>
    public Modules.ImageCache? Images { get; init; }

    /// <summary>What laying out the page noticed but did not stop for, such as a map label with no room.</summary>
    public List<Diagnostics.Diagnostic> Warnings { get; } = [];

    /// <summary>What the article placed: the components placed whole, and <c>component:id</c> for those placed by id.</summary>
    public ISet<string> Placed { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A UI string (<see cref="UiText.Get"/>: a missing one is a located error).</summary>
    public string T(string key) => Strings.Get(key);

    /// <summary>A short label for a block: its first words.</summary>
    public string BlockLabel(string blockId)
    {
        var text = Blocks.TryGetValue(blockId, out var b) ? b.Text : blockId;
        return Words.Shorten(text, 8);
    }

    /// <summary>An article block as the page shows it: its HTML, annotated by each component (<see cref="IComponent.Annotate"/>).</summary>
    public HtmlString BlockHtml(ArticleBlock block)
    {
        var html = block.Html;
        foreach (var component in ComponentList.All)
        {
            html = component.Annotate(block, html, this);
        }

        return new HtmlString(html);
    }

    /// <summary>A value worked out once per page: what <paramref name="make"/> returns the first time <paramref name="key"/> is asked for.</summary>
    public T Memo<T>(string key, Func<T> make)
        where T : class
    {
        if (!_memo.TryGetValue(key, out var value))
        {
            _memo[key] = value = make();
        }

        return (T)value;
    }
}
