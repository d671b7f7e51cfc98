using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Components;

/// <summary>
/// Checks an explainer's data against its article: ids are unique and none takes the id of a
/// section of the page, every fenced div that names an entry names one that exists, and each
/// component checks its own entries (<see cref="IComponent.Check"/>): references, text, files.
/// </summary>
public static class ReferenceChecker
{
    /// <param name="folder">The explainer's folder, where the files its entries name are; null not to look for them.</param>
    public static void Check(Article article, ExplainerData data, string articlePath, DiagnosticBag diagnostics, string? folder = null)
    {
        var ids = new Dictionary<string, (string Kind, SourceLocation Location)>(StringComparer.Ordinal);

        // A fenced div that places a component carries the component's id: it is not a block of its own.
        foreach (var block in article.AllBlocks.Where(b => ComponentList.PlacedBy(b) is null))
        {
            if (ComponentList.IsReserved(block.Id))
            {
                diagnostics.Add(new SourceLocation(articlePath, block.Line, block.Column), ErrorCodes.InvalidId,
                    $"the id '{block.Id}' is reserved for a section of the page; choose another");
            }

            ids.TryAdd(block.Id, ("block", new SourceLocation(articlePath, block.Line, block.Column)));
        }

        // Declared in file order, so that a duplicate is reported where it is written the second time.
        var declared = ComponentList.All.SelectMany(c => c.Declare(data))
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column);
        foreach (var (id, kind, location) in declared)
        {
            if (ids.TryGetValue(id, out var existing))
            {
                diagnostics.Add(location, ErrorCodes.DuplicateId, $"the id '{id}' of this {kind} is already used by a {existing.Kind} at {existing.Location}");
                continue;
            }

            ids[id] = (kind, location);
        }

        var check = new EntryCheck(article, data, articlePath, folder, ids, diagnostics);
        foreach (var component in ComponentList.All)
        {
            component.Check(check);
            if (component.PlacedById)
            {
                foreach (var div in check.Placements(component).Where(d => !data.Of(component).Any(e => e.Id == d.Id)))
                {
                    diagnostics.Add(check.At(div), ErrorCodes.DanglingReference,
                        $"the article places {component.EntryKind} '{div.Id}', but explainer.yml has none with that id");
                }
            }
        }
    }
}
