using Explainer.Components;
using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>
/// Checks an explainer's data against its article: ids are unique, and every reference (a quote's
/// speaker, a view's evidence, a scene's steps…) names something that exists. Each error names the
/// missing id and where it was written.
/// </summary>
public sealed class ReferenceChecker
{
    private readonly Dictionary<string, (string Kind, SourceLocation Location)> _ids = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    private ReferenceChecker(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public static void Check(Article article, ExplainerData data, string articleDisplayPath, DiagnosticBag diagnostics)
    {
        var checker = new ReferenceChecker(diagnostics);
        checker.Run(article, data, articleDisplayPath);
    }

    private void Run(Article article, ExplainerData data, string articlePath)
    {
        // A fenced div that places a component carries the component's id: it is not a block of its own.
        foreach (var block in article.AllBlocks.Where(b => !b.IsPlacement))
        {
            if (SectionIds.IsReserved(block.Id))
            {
                _diagnostics.Add(new SourceLocation(articlePath, block.Line, block.Column), ErrorCodes.InvalidId,
                    $"the id '{block.Id}' is reserved for a section of the page; choose another");
            }

            _ids.TryAdd(block.Id, ("block", new SourceLocation(articlePath, block.Line, block.Column)));
        }

        // Declared in file order, so that a duplicate is reported where it is written the second time.
        IEnumerable<(string Id, string Kind, SourceLocation Location)> entries =
        [
            .. data.Timeline.Select(e => (e.Id, "timeline event", e.Location)),
            .. data.People.Select(p => (p.Id, "person", p.Location)),
            .. data.Quotes.Select(q => (q.Id, "quote", q.Location)),
            .. data.Perspectives.Select(p => (p.Id, "perspective", p.Location)),
            .. data.Perspectives.SelectMany(p => p.Views).Select(v => (v.Id, "view", v.Location)),
            .. data.Scenes.Select(s => (s.Id, "scene", s.Location)),
            .. data.Media.Select(m => (m.Id, "media item", m.Location)),
        ];
        foreach (var (id, kind, location) in entries.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column))
        {
            Declare(id, kind, location);
        }

        foreach (var e in data.Timeline)
        {
            Expect(e.Media, "media item", $"timeline event '{e.Id}'");
            foreach (var m in e.Mentions) Expect(m, "block", $"timeline event '{e.Id}'");
        }

        foreach (var p in data.People) Expect(p.Portrait, "media item", $"person '{p.Id}'");
        var blockText = article.AllBlocks.GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        foreach (var q in data.Quotes)
        {
            Expect(q.Speaker, "person", $"quote '{q.Id}'");
            if (q.Blocks.All(b => Expect(b, "block", $"quote '{q.Id}'")))
            {
                CheckQuoteText(q, blockText);
            }
        }

        foreach (var view in data.Perspectives.SelectMany(p => p.Views))
        {
            foreach (var e in view.Evidence) Expect(e, ["block", "quote"], $"view '{view.Id}'");
            foreach (var p in view.People) Expect(p, "person", $"view '{view.Id}'");
        }

        CheckScenes(article, data, articlePath);
        CheckPlacements(article, data, articlePath);
    }

    /// <summary>Fenced divs that place a perspectives box or a media item name one that exists.</summary>
    private void CheckPlacements(Article article, ExplainerData data, string articlePath)
    {
        foreach (var div in article.AllBlocks.Where(b => b.IsPlacement))
        {
            var at = new SourceLocation(articlePath, div.Line, div.Column);
            if (div.Classes.Contains("perspectives") && !data.Perspectives.Any(p => p.Id == div.Id))
            {
                _diagnostics.Add(at, ErrorCodes.DanglingReference, $"the article places perspectives box '{div.Id}', but explainer.yml has none with that id");
            }
            else if (div.Classes.Contains("media") && !data.Media.Any(m => m.Id == div.Id))
            {
                _diagnostics.Add(at, ErrorCodes.DanglingReference, $"the article places media item '{div.Id}', but explainer.yml has none with that id");
            }
        }
    }

    private void CheckScenes(Article article, ExplainerData data, string articlePath)
    {
        // A div written twice is already an error (XPL0105); the first one stands for the scene.
        var sceneDivs = article.AllBlocks.Where(b => b.Kind == "div" && b.Classes.Contains("scene"))
            .GroupBy(b => b.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var scene in data.Scenes)
        {
            sceneDivs.TryGetValue(scene.Id, out var div);
            if (div is null)
            {
                _diagnostics.Add(scene.Location, ErrorCodes.DanglingReference,
                    $"scene '{scene.Id}' is not placed in the article: wrap its steps in '::: {{.scene #{scene.Id}}}' … ':::'");
            }

            var inside = div?.DescendantsAndSelf().Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var step in scene.Steps)
            {
                if (Expect(step.Block, "block", $"scene '{scene.Id}'") && inside is not null && !inside.Contains(step.Block.Id))
                {
                    _diagnostics.Add(step.Block.Location, ErrorCodes.DanglingReference,
                        $"step '{step.Block.Id}' of scene '{scene.Id}' is not inside the scene's fenced div in the article");
                }

                if (step.Show.Kind != "map")
                {
                    var kind = step.Show.Kind == "timeline" ? "timeline event" : step.Show.Kind == "media" ? "media item" : "quote";
                    Expect(step.Show.Target, kind, $"a step of scene '{scene.Id}'");
                }
            }
        }

        var declared = data.Scenes.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var div in sceneDivs.Values.Where(d => !declared.Contains(d.Id)))
        {
            _diagnostics.Add(new SourceLocation(articlePath, div.Line, div.Column), ErrorCodes.DanglingReference,
                $"the article places scene '{div.Id}', but explainer.yml has no scene with that id");
        }
    }

    /// <summary>A quote's words stand in its blocks: one paragraph of the quote per block, in order.</summary>
    private void CheckQuoteText(Components.Quotes.Quote quote, Dictionary<string, string> blockText)
    {
        if (quote.Blocks.Count == 0)
        {
            return;
        }

        var parts = quote.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != quote.Blocks.Count)
        {
            _diagnostics.Add(quote.Location, ErrorCodes.QuoteNotInText,
                $"quote '{quote.Id}' has {parts.Length} paragraph(s) but names {quote.Blocks.Count} block(s); separate its paragraphs by a blank line, one per block");
            return;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!Words.Collapse(blockText[quote.Blocks[i].Id]).Contains(Words.Collapse(parts[i]), StringComparison.Ordinal))
            {
                _diagnostics.Add(quote.Blocks[i].Location, ErrorCodes.QuoteNotInText,
                    $"the words of quote '{quote.Id}' (\"{Shorten(parts[i])}\") do not stand in block '{quote.Blocks[i].Id}'");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private void Declare(string id, string kind, SourceLocation location)
    {
        if (_ids.TryGetValue(id, out var existing))
        {
            _diagnostics.Add(location, ErrorCodes.DuplicateId,
                $"the id '{id}' of this {kind} is already used by a {existing.Kind} at {existing.Location}");
            return;
        }

        _ids[id] = (kind, location);
    }

    private bool Expect(Reference? reference, string kind, string owner) =>
        reference is null || Expect(reference.Value, [kind], owner);

    private bool Expect(Reference reference, string[] kinds, string owner)
    {
        var wanted = string.Join(" or ", kinds);
        if (!_ids.TryGetValue(reference.Id, out var found))
        {
            _diagnostics.Add(reference.Location, ErrorCodes.DanglingReference, $"{owner} refers to {wanted} '{reference.Id}', which does not exist");
            return false;
        }

        if (!kinds.Contains(found.Kind))
        {
            _diagnostics.Add(reference.Location, ErrorCodes.DanglingReference,
                $"{owner} refers to '{reference.Id}' as a {wanted}, but it is a {found.Kind}");
            return false;
        }

        return true;
    }
}
