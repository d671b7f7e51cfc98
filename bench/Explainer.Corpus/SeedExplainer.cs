using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Explainer.Corpus;

/// <summary>
/// The explainer a corpus is varied from: its article's front matter and body lines, the text of
/// its explainer.yml, every id it declares, and its sentences as a pool for new text.
/// </summary>
public sealed partial class SeedExplainer
{
    private SeedExplainer(string slug, string title, string? dek, string? hero, IReadOnlyList<string> body, string data,
        IReadOnlySet<string> ids, IReadOnlyList<(string Id, string Name)> people, IReadOnlyList<string> sentences)
    {
        Slug = slug;
        Title = title;
        Dek = dek;
        Hero = hero;
        Body = body;
        Data = data;
        Ids = ids;
        People = people;
        Sentences = sentences;
    }

    public string Slug { get; }

    public string Title { get; }

    public string? Dek { get; }

    /// <summary>The media id the seed's front matter names as its hero, if any.</summary>
    public string? Hero { get; }

    /// <summary>The article's lines after the front matter.</summary>
    public IReadOnlyList<string> Body { get; }

    /// <summary>The text of explainer.yml.</summary>
    public string Data { get; }

    /// <summary>Every id of the seed: block ids, scene ids and the ids of explainer.yml's entries.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>The seed's people, who may speak in the new paragraphs too.</summary>
    public IReadOnlyList<(string Id, string Name)> People { get; }

    /// <summary>Sentences of the article without ids or quotation marks, to build new paragraphs from.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Reads the first explainer (in ordinal order) of an input folder that has an explainer.yml.</summary>
    public static SeedExplainer Load(string inputFolder)
    {
        var folder = Directory.Exists(inputFolder)
            ? Directory.EnumerateDirectories(inputFolder).Order(StringComparer.Ordinal)
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "explainer.yml")) && File.Exists(Path.Combine(d, "article.md")))
            : null;
        if (folder is null)
        {
            throw new CorpusException($"no explainer with article.md and explainer.yml in '{inputFolder}'");
        }

        var lines = File.ReadAllText(Path.Combine(folder, "article.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (lines[0].TrimEnd() != "---" || end < 0)
        {
            throw new CorpusException($"the seed article in '{folder}' has no front matter");
        }

        var frontMatter = LoadMap(string.Join('\n', lines[1..end]));
        var body = lines[(end + 1)..];
        var dataText = File.ReadAllText(Path.Combine(folder, "explainer.yml"));
        var data = LoadMap(dataText);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in body)
        {
            foreach (Match m in IdInArticle().Matches(line))
            {
                ids.Add(m.Groups[1].Value);
            }
        }

        CollectIds(data, ids);
        var people = data.Children.TryGetValue(new YamlScalarNode("people"), out var p) && p is YamlSequenceNode list
            ? list.OfType<YamlMappingNode>()
                .Where(m => Scalar(m, "id") is not null && Scalar(m, "name") is not null)
                .Select(m => (Scalar(m, "id")!, Scalar(m, "name")!)).ToList()
            : [];

        return new SeedExplainer(
            Path.GetFileName(folder),
            Scalar(frontMatter, "title") ?? Path.GetFileName(folder),
            Scalar(frontMatter, "dek"),
            Scalar(frontMatter, "hero"),
            body,
            dataText,
            ids,
            people,
            SentencesOf(body));
    }

    internal static YamlMappingNode LoadMap(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map ? map : new YamlMappingNode();
    }

    internal static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    private static void CollectIds(YamlNode node, HashSet<string> ids)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: "id" } && value is YamlScalarNode { Value: { } id })
                    {
                        ids.Add(id);
                    }

                    CollectIds(value, ids);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    CollectIds(item, ids);
                }

                break;
        }
    }

    /// <summary>Sentences of plain paragraphs, without their ids and without quotation marks.</summary>
    private static List<string> SentencesOf(IEnumerable<string> body)
    {
        var result = new List<string>();
        foreach (var line in body)
        {
            var text = TrailingId().Replace(line, string.Empty).Trim();
            if (text.Length == 0 || text.StartsWith(":::", StringComparison.Ordinal) || text.StartsWith('#'))
            {
                continue;
            }

            foreach (var sentence in SentenceEnd().Split(text))
            {
                var plain = sentence.Replace("„", string.Empty, StringComparison.Ordinal).Replace("“", string.Empty, StringComparison.Ordinal).Trim();
                if (plain.Split(' ').Length >= 6 && (plain.EndsWith('.') || plain.EndsWith('?')))
                {
                    result.Add(plain);
                }
            }
        }

        if (result.Count < 4)
        {
            throw new CorpusException("the seed article has too few sentences to vary");
        }

        return result;
    }

    /// <summary>An id in article.md: <c>{#id}</c> after a paragraph or <c>#id</c> in a fenced div's braces.</summary>
    [GeneratedRegex(@"[{ ]#([a-z0-9][a-z0-9-]*)(?=[ }])")]
    internal static partial Regex IdInArticle();

    /// <summary>The <c>{#id}</c> at the end of a paragraph.</summary>
    [GeneratedRegex(@"\s*\{#[a-z0-9-]+\}\s*$")]
    internal static partial Regex TrailingId();

    [GeneratedRegex(@"(?<=[.?!…“])\s+(?=[„A-ZÄÖÜ])")]
    private static partial Regex SentenceEnd();
}

/// <summary>The seed or the output folder cannot be used.</summary>
public sealed class CorpusException(string message) : Exception(message);
