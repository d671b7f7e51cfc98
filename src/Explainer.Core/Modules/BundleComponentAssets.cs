using System.Text;
using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// Joins each component's CSS to the theme's <c>site.css</c> (and to <c>embed.css</c>, the embed
/// pages' base) and their JavaScript into <c>explainer.js</c>, in component-name order, so a reader
/// loads one file of each.
/// </summary>
public sealed class BundleComponentAssets : IModule
{
    public const string Stylesheet = "site.css";
    public const string EmbedStylesheet = "embed.css";
    public const string Script = "explainer.js";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var parts = inputs.Where(d => d.Source!.Contains('/')).ToList();
        var result = inputs.Where(d => !d.Source!.Contains('/') && d.Source is not Stylesheet and not EmbedStylesheet and not Script).ToList();
        var componentCss = parts.Where(p => p.Source!.EndsWith(".css", StringComparison.Ordinal)).ToList();
        result.Add(Join(Stylesheet, inputs.FirstOrDefault(d => d.Source == Stylesheet), componentCss));
        if (inputs.FirstOrDefault(d => d.Source == EmbedStylesheet) is { } embed)
        {
            result.Add(Join(EmbedStylesheet, embed, componentCss));
        }

        result.Add(Join(Script, inputs.FirstOrDefault(d => d.Source == Script), parts.Where(p => p.Source!.EndsWith(".js", StringComparison.Ordinal))));
        IReadOnlyList<Document> ordered = result.OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
        return Task.FromResult(ordered);
    }

    private static Document Join(string name, Document? main, IEnumerable<Document> parts)
    {
        var text = new StringBuilder(main?.GetText() ?? string.Empty);
        foreach (var part in parts.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }

            text.Append(part.GetText());
        }

        return Document.Create(name, null, MediaTypes.Of(name), text.ToString());
    }
}
