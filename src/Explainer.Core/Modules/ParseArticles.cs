using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>Parses each <c>&lt;slug&gt;/article.md</c> into an <see cref="Article"/>; the slug is the folder name.</summary>
public sealed class ParseArticles : PerDocumentModule
{
    public const string Key = "article";

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var slug = input.Source!.Split('/')[0];
        var display = context.Settings.DisplayPath(Path.Combine(context.Settings.InputFolder, input.Source));
        if (!BlockIds.IsValid(slug))
        {
            context.Diagnostics.Add(new SourceLocation(display, 1, 1), ErrorCodes.InvalidId,
                $"the folder name '{slug}' is used in URLs: use only lower-case letters, digits and hyphens");
            return Task.FromResult(Enumerable.Empty<Document>());
        }

        var article = Article.Parse(slug, input.Source, display, input.GetText(), context.Diagnostics);
        IEnumerable<Document> result = article is null
            ? []
            : [input.WithDestination($"{slug}/index.html").WithMediaType("text/html").WithMetadata(Key, article)];
        return Task.FromResult(result);
    }
}
