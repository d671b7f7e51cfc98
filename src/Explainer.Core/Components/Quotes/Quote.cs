using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Components.Quotes;

/// <summary>
/// An annotated quote: the quoted words, who said them, where in the article they stand, and notes.
/// </summary>
/// <param name="Text">The quoted words without outer quotation marks; paragraphs separated by a blank line.</param>
/// <param name="Blocks">Article blocks the quote stands in, in order.</param>
/// <param name="Language">The language of <paramref name="Text"/> when it differs from the article's.</param>
/// <param name="Original">The words in the original language when <paramref name="Text"/> is a translation.</param>
public sealed record Quote(
    string Id,
    string Text,
    IReadOnlyList<Reference> Blocks,
    Reference Speaker,
    string? Note,
    SourceLink? Source,
    string? Language,
    OriginalText? Original,
    SourceLocation Location) : IEntry
{
    /// <summary>The quote's paragraphs, as <see cref="Text"/> separates them by blank lines: one per block it stands in.</summary>
    public IReadOnlyList<string> Paragraphs { get; } = Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static readonly string[] Keys = ["id", "text", "blocks", "speaker", "note", "source", "lang", "original"];

    public static Quote? Read(YamlMap map)
    {
        map.AllowOnly("a quote", Keys);
        var id = EntryIds.Read(map, "a quote");
        var text = map.String("text", required: true, where: $"quote '{id}'");
        var speaker = EntryIds.One(map, "speaker", required: true, where: $"quote '{id}'");
        var blocks = EntryIds.Many(map, "blocks");
        var language = ArticleFrontMatter.ReadLanguage(map, "lang");
        OriginalText? original = null;
        if (map.Map("original") is { } o)
        {
            o.AllowOnly("'original'", "lang", "text");
            var originalLanguage = ArticleFrontMatter.ReadLanguage(o, "lang");
            var originalText = o.String("text", required: true, where: "'original'");
            if (o.String("lang", required: true, where: "'original'") is not null && originalLanguage is not null && originalText is not null)
            {
                original = new OriginalText(originalLanguage, originalText);
            }
        }

        return id is null || text is null || speaker is null
            ? null
            : new Quote(id, text.Trim(), blocks, speaker.Value, map.String("note"), SourceLink.Read(map), language, original, map.Location);
    }
}

/// <summary>The words of a translated quote in the language they were said in.</summary>
public sealed record OriginalText(string Language, string Text);
