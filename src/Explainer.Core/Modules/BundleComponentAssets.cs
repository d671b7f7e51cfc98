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

    /// <summary>Colours and type both stylesheets start with; not written on its own.</summary>
    public const string Tokens = "tokens.css";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var parts = inputs.Where(d => d.Source!.Contains('/')).OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
        var result = inputs.Where(d => !d.Source!.Contains('/') && d.Source is not Stylesheet and not EmbedStylesheet and not Script and not Tokens).ToList();
        var componentCss = parts.Where(p => p.Source!.EndsWith(".css", StringComparison.Ordinal)).ToList();
        var tokens = Find(inputs, Tokens);
        result.Add(Join(Stylesheet, [tokens, Find(inputs, Stylesheet), .. componentCss]));
        if (Find(inputs, EmbedStylesheet) is { } embed)
        {
            result.Add(Join(EmbedStylesheet, [tokens, embed, .. componentCss]));
        }

        result.Add(Join(Script, [Find(inputs, Script), .. parts.Where(p => p.Source!.EndsWith(".js", StringComparison.Ordinal))]));
        IReadOnlyList<Document> ordered = result.OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
        return Task.FromResult(ordered);
    }

    private static Document? Find(IReadOnlyList<Document> inputs, string name) => inputs.FirstOrDefault(d => d.Source == name);

    /// <summary>The documents' text joined in the order given, each starting on a new line.</summary>
    private static Document Join(string name, IEnumerable<Document?> documents)
    {
        var text = new StringBuilder();
        foreach (var document in documents.OfType<Document>())
        {
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }

            text.Append(document.GetText());
        }

        return Document.Create(name, null, MediaTypes.Of(name), text.ToString());
    }
}
