using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Quotes;

/// <summary>
/// Annotated quotes: each stands in article blocks, which link to its annotation; all of them,
/// by speaker, are placed by <c>::: {.quotes}</c> or shown after the article; each quote is a
/// section of its own (<c>quote-&lt;id&gt;</c>) and a scene step can show one (<c>show: {quote: id}</c>).
/// </summary>
public sealed class QuotesComponent : Component<Quote>
{
    /// <summary>The id of the list of quotes, and the prefix of each quote's section id.</summary>
    public const string SectionId = "quotes";
    public const string QuotePrefix = "quote-";

    public override string Name => "quotes";

    public override string Key => "quotes";

    public override string EntryKind => "quote";

    public override string? PlacementClass => "quotes";

    public override string? SceneKey => "quote";

    /// <summary>The partial that renders one of its sections, on the page and in an embed page.</summary>
    public const string Partial = "quote";

    public override string? EmbedPartial => Partial;

    public override IReadOnlyList<string> Templates => ["quotes", "quote", "state-quote"];

    public override IReadOnlyList<string> UiStrings => ["quotes", "quote_annotation", "quote_in_text", "evidence_quote", "context", "original", "source", "colon"];

    public override IReadOnlyList<string> ReservedIds => [SectionId, QuotePrefix];

    protected override Quote? ReadEntry(YamlMap map) => Quote.Read(map);

    public override void Check(EntryCheck check)
    {
        foreach (var q in check.Data.Of<Quote>())
        {
            check.Expect(q.Speaker, "person", $"quote '{q.Id}'");
            if (q.Blocks.All(b => check.Expect(b, "block", $"quote '{q.Id}'")))
            {
                CheckText(q, check);
            }
        }
    }

    public override BodyItem Place(ArticleBlock div, ExplainerContext context) =>
        QuotesBySpeakerView.Build(context) is { } quotes ? new(Name, quotes) : BodyItem.Nothing;

    public override IEnumerable<BodyItem> Unplaced(ExplainerContext context) =>
        !context.Placed.Contains(Name) && QuotesBySpeakerView.Build(context) is { } quotes ? [new BodyItem(Name, quotes)] : [];

    public override object Show(string id, ExplainerContext context) => QuoteView.Build(context.Quotes[id], context);

    /// <summary>Links the words of each quote that stands in the block to the quote's annotation.</summary>
    public override string Annotate(ArticleBlock block, string html, ExplainerContext context) =>
        context.Memo("quotes by block", () => QuotesByBlock(context)).TryGetValue(block.Id, out var quotes) ? QuoteLinker.Link(html, quotes) : html;

    public override IEnumerable<SourceLink> Sources(ExplainerData data) => data.Of<Quote>().Select(q => q.Source).OfType<SourceLink>();

    private static Dictionary<string, List<(string Text, string Href, string Title)>> QuotesByBlock(ExplainerContext context)
    {
        var byBlock = new Dictionary<string, List<(string, string, string)>>(StringComparer.Ordinal);
        foreach (var quote in context.Data.Of<Quote>())
        {
            var title = $"{context.T("quote_annotation")}{context.T("colon")} {context.People[quote.Speaker.Id].Name}";
            for (var i = 0; i < quote.Blocks.Count && i < quote.Paragraphs.Count; i++)
            {
                if (!byBlock.TryGetValue(quote.Blocks[i].Id, out var list))
                {
                    byBlock[quote.Blocks[i].Id] = list = [];
                }

                list.Add((quote.Paragraphs[i], "#" + QuotePrefix + quote.Id, title));
            }
        }

        return byBlock;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>A quote's words stand in its blocks: one paragraph of the quote per block, in order.</summary>
    private static void CheckText(Quote quote, EntryCheck check)
    {
        if (quote.Blocks.Count == 0)
        {
            return;
        }

        if (quote.Paragraphs.Count != quote.Blocks.Count)
        {
            check.Diagnostics.Add(quote.Location, ErrorCodes.QuoteNotInText,
                $"quote '{quote.Id}' has {quote.Paragraphs.Count} paragraph(s) but names {quote.Blocks.Count} block(s); separate its paragraphs by a blank line, one per block");
            return;
        }

        for (var i = 0; i < quote.Paragraphs.Count; i++)
        {
            if (!Words.Collapse(check.BlockText(quote.Blocks[i].Id)).Contains(Words.Collapse(quote.Paragraphs[i]), StringComparison.Ordinal))
            {
                check.Diagnostics.Add(quote.Blocks[i].Location, ErrorCodes.QuoteNotInText,
                    $"the words of quote '{quote.Id}' (\"{Shorten(quote.Paragraphs[i])}\") do not stand in block '{quote.Blocks[i].Id}'");
            }
        }
    }
}
