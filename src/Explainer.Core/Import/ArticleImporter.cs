namespace Explainer.Import;

/// <summary>
/// Turns an article's text into a draft: paragraphs with ids, the quotes told apart into speech and
/// terms with their speakers, perspectives, media and a title. Works on text only; the same input
/// always gives the same draft.
/// </summary>
public static class ArticleImporter
{
    /// <summary>Markdown for .md and .markdown files, plain text for anything else.</summary>
    public static SourceFormat FormatOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" ? SourceFormat.Markdown : SourceFormat.PlainText;

    /// <remarks><c>published</c>: The publication date in its own time zone, which dates without a year or weekdays are read against.</remarks>
    public static ImportDraft Import(string text, SourceFormat format, ImportLanguage language, DateOnly? published = null)
    {
        var source = ArticleSource.Read(text, format);
        var ids = new DraftIds();
        foreach (var id in source.Blocks.Select(b => b.ExplicitId).OfType<string>())
        {
            ids.Reserve(id);
        }

        var blocks = source.Blocks.Select(b => ToDraftBlock(b, ids)).ToList();
        var paragraphs = blocks.Where(b => b.Id is not null).ToList();
        var quotes = SpeakerAttribution.Attribute(paragraphs, language, ids);
        var perspectives = PerspectiveDrafter.Draft(paragraphs, quotes.Quotes, language, ids);
        var media = MediaDrafter.Draft(paragraphs, language, ids);
        var events = TimelineDrafter.Draft(paragraphs, language, ids, published);
        var title = source.Title ?? TitleDrafter.Draft(paragraphs, language);
        return new ImportDraft(title, language.Code, blocks, quotes.People, quotes.Quotes, quotes.Terms, perspectives, media) { Events = events };
    }

    private static DraftBlock ToDraftBlock(SourceBlock block, DraftIds ids)
    {
        if (!block.IsParagraph)
        {
            return new DraftBlock(null, block.Text, block.Markdown!);
        }

        if (block.ExplicitId is { } explicitId)
        {
            return new DraftBlock(explicitId, block.Text, block.Markdown!);
        }

        var id = ids.Paragraph(block.Text);
        var markdown = block.Markdown is null
            ? $"{MarkdownEscaper.Escape(block.Text)} {{#{id}}}"
            : MarkdownSource.WithId(block.Markdown, id, block.HasAttributes);
        return new DraftBlock(id, block.Text, markdown);
    }
}
