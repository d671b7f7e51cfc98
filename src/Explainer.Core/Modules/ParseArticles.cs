using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Yaml;

namespace Explainer.Modules;

/// <summary>
/// Parses each <c>&lt;slug&gt;/article.md</c> into an <see cref="Article"/>; the slug is the folder name.
/// The document keeps the parsed model, not the file's text: every explainer's model stays in memory
/// until the pages are rendered, and the text would only add to it.
/// </summary>
public sealed class ParseArticles : PerDocumentModule
{
    public const string Key = "article";
    public const string DataKey = "explainer";

    /// <summary>Reads the explainer's explainer.yml, if it has one; checks that its media files exist.</summary>
    private static ExplainerData? ReadData(string slug, IExecutionContext context)
    {
        var path = Path.Combine(context.Settings.InputFolder, slug, "explainer.yml");
        if (!File.Exists(path))
        {
            return ExplainerData.Empty;
        }

        var display = context.Settings.DisplayPath(path);
        var map = YamlSource.LoadMap(File.ReadAllText(path), display, context.Diagnostics);
        if (map is null)
        {
            return null;
        }

        var data = ExplainerData.Read(map);
        foreach (var item in data.Media)
        {
            foreach (var file in new[] { item.Src, item.Poster, item.Captions }.OfType<string>())
            {
                if (!File.Exists(Path.Combine(context.Settings.InputFolder, slug, file)))
                {
                    context.Diagnostics.Add(item.Location, ErrorCodes.FileUnreadable, $"media item '{item.Id}' names the file '{file}', which does not exist next to explainer.yml");
                }
            }
        }

        return data;
    }

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var slug = input.Source!.Split('/')[0];
        var display = context.Settings.DisplayPath(Path.Combine(context.Settings.InputFolder, input.Source));
        if (!BlockIds.IsValidSlug(slug))
        {
            context.Diagnostics.Add(new SourceLocation(display, 1, 1), ErrorCodes.InvalidId,
                $"the folder name '{slug}' is used in URLs: use only lower-case letters, digits and hyphens");
            return Task.FromResult(Enumerable.Empty<Document>());
        }

        var article = Article.Parse(slug, input.Source, display, input.GetText(), context.Diagnostics);
        var data = ReadData(slug, context);
        if (article is null || data is null)
        {
            return Task.FromResult(Enumerable.Empty<Document>());
        }

        ReferenceChecker.Check(article, data, display, context.Diagnostics);
        IEnumerable<Document> result =
            [input.WithDestination($"{slug}/index.html").WithMediaType("text/html").WithContent(ReadOnlyMemory<byte>.Empty)
                .WithMetadata(Key, article).WithMetadata(DataKey, data)];
        return Task.FromResult(result);
    }
}
