using Explainer.Diagnostics;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

/// <summary>
/// Turns an article body into blocks with stable ids. Raw HTML is disabled (it shows as text),
/// attributes are limited to id, class and lang (fenced divs may carry key=value data), and every
/// link is checked against <see cref="UrlPolicy"/>.
/// </summary>
public sealed partial class MarkdownBlocks
{
    /// <summary>Custom containers and generic attributes, the latter last (see docs/content-model.md).</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseCustomContainers()
        .DisableHtml()
        .UseGenericAttributes()
        .Build();

    private readonly string _displayPath;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly BlockIds.Allocator _ids = new();
    private readonly BlockRenderer _html = new(plainText: false);
    private readonly BlockRenderer _plainText = new(plainText: true);

    private MarkdownBlocks(string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        _displayPath = displayPath;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Parses <paramref name="body"/>; <paramref name="lineOffset"/> is the number of lines before it
    /// in the file (the front matter), so that errors point at the right line.
    /// Returns null when Markdig cannot read it at all.
    /// </summary>
    public static IReadOnlyList<ArticleBlock>? Parse(string body, string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        try
        {
            return Read(body, displayPath, lineOffset, diagnostics);
        }
        catch (ArgumentException e) when (IsNestingLimit(e))
        {
            diagnostics.Add(new SourceLocation(displayPath, lineOffset + FirstLineNestedTooDeeply(body) + 1, 1), ErrorCodes.FileUnreadable,
                "the Markdown here is nested too deeply to be read (lists, quotes, links or emphasis inside each other)");
            return null;
        }
    }

    private static IReadOnlyList<ArticleBlock> Read(string body, string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(body, Pipeline);
        var parser = new MarkdownBlocks(displayPath, lineOffset, diagnostics);
        TrimTrailingSpace(document);
        parser.ReserveExplicitIds(document);
        parser.CheckInlines(document);
        parser.CheckUnreadAttributes(document);
        parser.CheckFenceInfo(document);
        return parser.Convert(document);
    }

    /// <summary>
    /// "Text {#id}" leaves the space before the attribute in the text; trailing space never
    /// matters in Markdown, and the article's words must come out exactly as written.
    /// </summary>
    private static void TrimTrailingSpace(MarkdownDocument document)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline?.LastChild is LiteralInline literal)
            {
                literal.Content.TrimEnd();
            }
        }
    }

    private SourceLocation At(MarkdownObject node) => new(_displayPath, node.Line + 1 + _lineOffset, node.Column + 1);

    private void ReserveExplicitIds(ContainerBlock container)
    {
        foreach (var block in container.Descendants<Block>())
        {
            if (block.TryGetAttributes()?.Id is { } id)
            {
                if (!BlockIds.IsValid(id))
                {
                    _diagnostics.Add(At(block), ErrorCodes.InvalidId, $"the id '{id}' must use only lower-case letters, digits and hyphens");
                }
                else if (_ids.IsTaken(id))
                {
                    _diagnostics.Add(At(block), ErrorCodes.DuplicateId, $"the id '{id}' is used by another block");
                }

                _ids.Reserve(id);
            }
        }
    }

    private void CheckInlines(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            if (inline.TryGetAttributes() is { } attributes)
            {
                CheckAttributes(inline, attributes, allowData: false);
            }

            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    UrlPolicy.Check(url, At(link), _diagnostics, allowData: link.IsImage);
                    if (ForbiddenCharacters.FirstIn(link.Title) is { } inTitle)
                    {
                        _diagnostics.Add(At(link), ErrorCodes.FileUnreadable, $"the title of this link has the {inTitle}, which cannot stand in a web page");
                    }

                    break;
                case AutolinkInline { Url: { } url } auto:
                    UrlPolicy.Check(auto.IsEmail ? "mailto:" + url : url, At(auto), _diagnostics, allowData: false);
                    break;
                case HtmlEntityInline entity when ForbiddenCharacters.FirstIn(entity.Transcoded.AsSpan()) is { } found:
                    _diagnostics.Add(At(entity), ErrorCodes.FileUnreadable,
                        $"the character reference '{entity.Original}' stands for the {found}, which cannot stand in a web page");
                    break;
            }
        }
    }

    /// <summary>
    /// The text after a fence (<c>:::name</c>, <c>```lang</c>) becomes a class, with its character
    /// references decoded: one may stand for a character no page may contain.
    /// </summary>
    private void CheckFenceInfo(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<Block>())
        {
            if (block is IFencedBlock fence && (ForbiddenCharacters.FirstIn(fence.Info) ?? ForbiddenCharacters.FirstIn(fence.Arguments)) is { } found)
            {
                _diagnostics.Add(At(block), ErrorCodes.FileUnreadable, $"the text after this fence has the {found}, which cannot stand in a web page");
            }
        }
    }

    /// <summary>An attribute block Markdig could not read stays as text: say so instead of printing it.</summary>
    private void CheckUnreadAttributes(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<Block>())
        {
            var unread = block switch
            {
                CustomContainer { Info: { } info } when info.Contains('{', StringComparison.Ordinal) => info + " " + block.TryGetAttributes()?.Classes?.FirstOrDefault(),
                LeafBlock { Inline.LastChild: LiteralInline literal } when UnreadAttributes().IsMatch(literal.Content.ToString()) => literal.Content.ToString(),
                _ => null,
            };
            if (unread is not null || block.TryGetAttributes()?.Classes?.Any(c => c.StartsWith('{')) == true)
            {
                _diagnostics.Add(At(block), ErrorCodes.InvalidId,
                    "these attributes could not be read: write them as {#id .class key=value}, with ids of two or more lower-case letters, digits and hyphens");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[#.][^{}]*\}\s*$")]
    private static partial System.Text.RegularExpressions.Regex UnreadAttributes();

    private IReadOnlyList<ArticleBlock> Convert(ContainerBlock container)
    {
        var result = new List<ArticleBlock>();
        foreach (var block in container)
        {
            if (Convert(block) is { } converted)
            {
                result.Add(converted);
            }
        }

        return result;
    }

    private ArticleBlock? Convert(Block block)
    {
        var kind = block switch
        {
            ParagraphBlock => "paragraph",
            HeadingBlock => "heading",
            ListBlock => "list",
            QuoteBlock => "blockquote",
            CodeBlock => "code",
            ThematicBreakBlock => "rule",
            CustomContainer => "div",
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var attributes = block.GetAttributes();
        var data = CheckAttributes(block, attributes, allowData: block is CustomContainer);
        var children = block is CustomContainer div ? Convert(div) : [];
        var text = BlockText(block);
        var id = attributes.Id ?? _ids.Allocate(Prefix(kind), text.Length > 0 ? text : children.FirstOrDefault()?.Text ?? string.Empty);
        attributes.Id = id;

        return new ArticleBlock(
            id,
            kind,
            text,
            Html(block),
            block.Line + 1 + _lineOffset,
            block.Column + 1,
            attributes.Classes?.ToList() ?? [],
            data,
            children);
    }

    /// <summary>Keeps id, class and lang; key=value data on fenced divs moves to the model; anything else is an error.</summary>
    private Dictionary<string, string> CheckAttributes(MarkdownObject node, HtmlAttributes attributes, bool allowData)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (attributes.Properties is not { Count: > 0 } properties)
        {
            return data;
        }

        foreach (var (key, value) in properties.ToList())
        {
            if (key == "lang" && value is not null && LanguageTag.IsValid(value))
            {
                continue;
            }

            if (allowData && !key.StartsWith("on", StringComparison.OrdinalIgnoreCase) && key is not ("style" or "src" or "href"))
            {
                data[key] = value ?? string.Empty;
            }
            else
            {
                _diagnostics.Add(At(node), ErrorCodes.UnsafeAttribute,
                    $"the attribute '{key}' is not allowed here; use {{#id}}, {{.class}} or lang=xx");
            }

            properties.Remove(new KeyValuePair<string, string?>(key, value));
        }

        return data;
    }

    private static string Prefix(string kind) => kind switch
    {
        "paragraph" => "p",
        "heading" => "h",
        "blockquote" => "bq",
        _ => kind,
    };

    private string Html(Block block) => _html.Render(block).TrimEnd('\n');

    private string BlockText(Block block) => block is CustomContainer ? string.Empty : _plainText.Render(block).Trim();

    /// <summary>The text of a block as the reader sees it; the importer reads Markdown paragraphs with it too.</summary>
    internal static string PlainText(Block block) => block is CustomContainer ? string.Empty : new BlockRenderer(plainText: true).Render(block).Trim();
}
