using Explainer.Import;
using Explainer.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Import;

public class DraftWriterTests
{
    private static readonly ImportDraft Seed = ImportTestKit.Draft(File.ReadAllText(Repository.Seed), "de");

    [Fact]
    public void The_schema_comment_is_the_first_line()
    {
        var yaml = DraftWriter.Write(Seed, "# yaml-language-server: $schema=../../docs/schemas/explainer.schema.json");

        Assert.StartsWith("# yaml-language-server: $schema=../../docs/schemas/explainer.schema.json\n# Draft written by `explainer import`", yaml, StringComparison.Ordinal);
        Assert.EndsWith("timeline: []\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_written_yaml_reads_back_as_the_draft()
    {
        var root = Load(DraftWriter.Write(Seed, "# schema"));

        Assert.Equal(["people", "quotes", "perspectives", "media", "timeline"], root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal(Seed.People.Select(p => (p.Id, p.Name, p.Role, string.Join("|", p.Aliases))), Items(root, "people").Select(p =>
            (Text(p, "id")!, Text(p, "name")!, Text(p, "role"), string.Join("|", Texts(p, "aliases")))));
        Assert.Equal(Seed.Quotes.Select(q => (q.Id, q.Text, string.Join("|", q.Blocks), q.Speaker)), Items(root, "quotes").Select(q =>
            (Text(q, "id")!, Text(q, "text")!, string.Join("|", Texts(q, "blocks")), Text(q, "speaker"))));

        var perspective = Assert.Single(Items(root, "perspectives"));
        Assert.Equal(Seed.Perspectives[0].Question, Text(perspective, "question"));
        Assert.Equal(Seed.Perspectives[0].Views.Select(v => (v.Id, v.Label, v.Summary, string.Join("|", v.Evidence))), Items(perspective, "views").Select(v =>
            (Text(v, "id")!, Text(v, "label")!, Text(v, "summary")!, string.Join("|", Texts(v, "evidence")))));

        var video = Assert.Single(Items(root, "media"));
        Assert.Equal(("video-herrn-kims-zeremonieller-empfang", "video", "Herrn Kims zeremonieller Empfang für Herrn Putin …"),
            (Text(video, "id"), Text(video, "type"), Text(video, "caption")));
    }

    [Fact]
    public void Awkward_values_survive_the_round_trip()
    {
        const string text = """
            "Yes: no # maybe," said Dr. O'Brien-Smith, a "quoted" [expert]: {really}.

            "- [true]: {null} \\ 'x' #1."

            "null," she added.
            """;
        var draft = ImportTestKit.Draft(text, "en");

        var root = Load(DraftWriter.Write(draft, "# schema"));

        Assert.Equal(["Yes: no # maybe", @"- [true]: {null} \\ 'x' #1.", "null"], Items(root, "quotes").Select(q => Text(q, "text")));
        Assert.Equal("\"quoted\" [expert]: {really}", Text(Assert.Single(Items(root, "people")), "role"));
    }

    [Fact]
    public void An_article_without_quotes_writes_empty_lists()
    {
        var yaml = DraftWriter.Write(ImportTestKit.Draft("Nothing to see here.", "en"), "# schema");

        var root = Load(yaml);
        Assert.All(["people", "quotes", "perspectives", "media", "timeline"], key => Assert.Empty(((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var again = ImportTestKit.Draft(File.ReadAllText(Repository.Seed), "de");

        Assert.Equal(DraftWriter.Write(Seed, "# s"), DraftWriter.Write(again, "# s"));
        Assert.Equal(ArticleMarkdownWriter.Write(Seed), ArticleMarkdownWriter.Write(again));
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key) =>
        ((YamlSequenceNode)map.Children[new YamlScalarNode(key)]).Children.Cast<YamlMappingNode>();

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static IEnumerable<string?> Texts(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlSequenceNode)node).Children.Select(n => ((YamlScalarNode)n).Value) : [];
}
