using Explainer.Components.Media;
using Explainer.Components.Perspectives;
using Explainer.Components.Quotes;
using Explainer.Components.Scenes;
using Explainer.Components.Timeline;
using Explainer.Content;
using Explainer.Templates;
using Explainer.Components;

namespace Explainer.Pages;

/// <summary>One item of the page body: a block of the article (<c>html</c>) or a component, rendered by the partial of that name.</summary>
public sealed record BodyItem(string Kind, object Model);

/// <summary>
/// Lays out an explainer page: the article's blocks in order, with the components where the
/// article places them (<c>::: {.timeline}</c>, <c>::: {.perspectives #id}</c>, <c>::: {.media #id}</c>,
/// <c>::: {.quotes}</c>, <c>::: {.scene #id}</c>). Components the article does not place follow it.
/// </summary>
public sealed class ExplainerBody
{
    private readonly ExplainerContext _context;
    private readonly string _slug;
    private readonly string _basePath;
    private readonly Dictionary<string, List<(string Text, string Href, string Title)>> _quotesByBlock = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placed = new(StringComparer.Ordinal);

    private ExplainerBody(ExplainerContext context, string slug, string basePath)
    {
        _context = context;
        _slug = slug;
        _basePath = basePath;
        foreach (var quote in context.Data.Quotes)
        {
            var parts = quote.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < quote.Blocks.Count && i < parts.Length; i++)
            {
                var title = $"{context.T("quote_annotation")}: {context.People[quote.Speaker.Id].Name}";
                Add(quote.Blocks[i].Id, (parts[i], "#" + SectionIds.Quote(quote.Id), title));
            }
        }
    }

    public IReadOnlyList<BodyItem> Items { get; private set; } = [];

    /// <summary>Components the article does not place, shown after it.</summary>
    public IReadOnlyList<BodyItem> After { get; private set; } = [];

    /// <summary>The sections other sites can embed, in page order: each view without its "Embed" control, and as the page shows it.</summary>
    public IReadOnlyList<Embeds.EmbedSection> Sections { get; private set; } = [];

    public static ExplainerBody Build(ExplainerContext context, string slug, string basePath)
    {
        var body = new ExplainerBody(context, slug, basePath);
        var placed = context.Article.Blocks.Select(body.Item).ToList();
        var items = placed.Concat(body.Unplaced().ToList()).ToList();
        body.Sections = items.SelectMany(i => Embeddable(i.Model))
            .Select(m => Embeds.EmbedSection.From(m, context.T)?.OnPage(slug, basePath))
            .OfType<Embeds.EmbedSection>()
            .ToList();
        var controls = body.Sections.ToDictionary(e => e.Model, e => e.PageModel, ReferenceEqualityComparer.Instance);
        var withControls = items.Select(i => i with { Model = WithControls(i.Model, controls) }).ToList();
        body.Items = withControls.Take(placed.Count).ToList();
        body.After = withControls.Skip(placed.Count).ToList();
        return body;
    }

    /// <summary>The embeddable views in a body item: the item itself, or each quote of the quotes list.</summary>
    private static IEnumerable<object> Embeddable(object model) =>
        model is QuotesBySpeakerView quotes ? quotes.Speakers.SelectMany(s => s.Quotes) : [model];

    private static object WithControls(object model, Dictionary<object, object> controls) => model switch
    {
        QuotesBySpeakerView q => q with
        {
            Speakers = q.Speakers.Select(s => s with { Quotes = s.Quotes.Select(x => (QuoteView)controls[x]).ToList() }).ToList(),
        },
        _ => controls.GetValueOrDefault(model, model),
    };

    private void Add(string blockId, (string, string, string) quote)
    {
        if (!_quotesByBlock.TryGetValue(blockId, out var list))
        {
            _quotesByBlock[blockId] = list = [];
        }

        list.Add(quote);
    }

    private BodyItem Item(ArticleBlock block)
    {
        if (!block.IsPlacement)
        {
            return new BodyItem("html", Html(block));
        }

        var kind = block.Classes.First(c => ArticleBlock.PlacementClasses.Contains(c));
        _placed.Add(kind == "perspectives" || kind == "media" || kind == "scene" ? $"{kind}:{block.Id}" : kind);
        return kind switch
        {
            "scene" => new BodyItem("scene", SceneView.Build(_context.Data.Scenes.First(s => s.Id == block.Id), block, _context, b => Html(b), _slug, _basePath)),
            "timeline" => new BodyItem("timeline", (object?)TimelineView.Build(_context) ?? HtmlString.Empty),
            "quotes" => new BodyItem("quotes", (object?)QuotesBySpeakerView.Build(_context) ?? HtmlString.Empty),
            "perspectives" => new BodyItem("perspectives", Perspective(block.Id)),
            _ => new BodyItem("media", MediaView.Build(_context.Media[block.Id], _context, _slug, _basePath)),
        };
    }

    private IEnumerable<BodyItem> Unplaced()
    {
        if (!_placed.Contains("timeline") && TimelineView.Build(_context) is { } timeline)
        {
            yield return new BodyItem("timeline", timeline);
        }

        foreach (var p in _context.Data.Perspectives.Where(p => !_placed.Contains("perspectives:" + p.Id)))
        {
            yield return new BodyItem("perspectives", Perspective(p.Id));
        }

        if (!_placed.Contains("quotes") && QuotesBySpeakerView.Build(_context) is { } quotes)
        {
            yield return new BodyItem("quotes", quotes);
        }
    }

    private PerspectiveView Perspective(string id)
    {
        var index = _context.Data.Perspectives.ToList().FindIndex(p => p.Id == id);
        return PerspectiveView.Build(_context.Data.Perspectives[index], index, _context);
    }

    private HtmlString Html(ArticleBlock block) =>
        new(_quotesByBlock.TryGetValue(block.Id, out var quotes) ? QuoteLinker.Link(block.Html, quotes) : block.Html);
}
