using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Tests.Yaml;

public class YamlSourceTests
{
    [Fact]
    public void Nodes_know_their_line_and_column_from_one()
    {
        var map = Load("title: Ein Test\npeople:\n  - id: anna\n    name: Anna\n", out _);

        var person = Assert.IsType<YamlMappingNode>(Assert.Single(map.Sequence("people")));
        Assert.Equal((3, 5), (person.Line, person.Column));
        Assert.Equal(new SourceLocation("t.yml", 1, 8), map.LocationOf("title"));
    }

    [Fact]
    public void The_line_offset_moves_every_location()
    {
        var map = Load("title: Ein Test\n", out _, lineOffset: 1);

        Assert.Equal(new SourceLocation("t.yml", 2, 8), map.LocationOf("title"));
    }

    [Fact]
    public void Quoted_and_block_scalars_are_not_plain()
    {
        var map = Load("a: true\nb: \"true\"\nc: 'x'\nd: |\n  text\ne:\n", out _);

        Assert.Equal([true, false, false, false, true], new[] { "a", "b", "c", "d", "e" }.Select(k => ((YamlScalarNode)map.NodeOf(k)!).IsPlain));
        Assert.Equal("text\n", map.String("d"));
        Assert.True(map.Bool("a"));
        Assert.False(map.Has("e"));
    }

    [Fact]
    public void An_alias_reads_as_the_node_its_anchor_names()
    {
        var map = Load("a: &who\n  name: Anna\nb: *who\n", out _);

        Assert.Same(map.NodeOf("a"), map.NodeOf("b"));
    }

    [Theory]
    [InlineData("a: *nowhere\n", 1, 4, "invalid YAML: the anchor 'nowhere' is not defined above")]
    [InlineData("a: 1\nb: 2\na: 3\n", 3, 1, "invalid YAML: the key 'a' appears twice in this mapping")]
    [InlineData("list:\n  - a: 1\n    a: 1\n", 3, 5, "invalid YAML: the key 'a' appears twice in this mapping")]
    [InlineData("title: a: b\n", 1, 9, "invalid YAML: Mapping values are not allowed in this context")]
    [InlineData("a: 'open\n", 1, 4, "invalid YAML: While scanning a quoted scalar, found unexpected end of stream")]
    [InlineData("a: {b: 1\n", 2, 1, "invalid YAML: While parsing a flow mapping, did not find expected ',' or '}'")]
    [InlineData("aliases: [Wer?, b]\n", 1, 14,
        "invalid YAML: While parsing a flow sequence, did not find expected ',' or ']' (inside [ ] or { }, a '?' ends unquoted text: put the text in quotes)")]
    public void Bad_yaml_is_one_located_error(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlSource.LoadMap(yaml, "t.yml", diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((line, column, ErrorCodes.YamlSyntax, message), (error.Line, error.Column, error.Code, error.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void An_empty_file_is_an_empty_mapping(string yaml)
    {
        var map = Load(yaml, out _);

        Assert.Empty(map.Keys);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_an_error_at_its_start()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlSource.LoadMap("\n- a\n- b\n", "t.yml", diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((2, 1, ErrorCodes.WrongType), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void An_error_in_a_later_document_is_reported()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlSource.LoadMap("a: 1\n---\nb: [\n", "t.yml", diagnostics));

        Assert.Single(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_key_repeated_in_a_long_mapping_is_found_too()
    {
        var yaml = string.Concat(Enumerable.Range(0, 40).Select(i => $"key{i}: {i}\n")) + "key7: again\n";
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlSource.LoadMap(yaml, "t.yml", diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((41, 1, "invalid YAML: the key 'key7' appears twice in this mapping"), (error.Line, error.Column, error.Message));
        Assert.Equal(40, Load(yaml[..yaml.LastIndexOf("key7", StringComparison.Ordinal)], out _).Keys.Count());
    }

    [Fact]
    public void Any_text_gives_a_map_or_located_errors_never_an_exception()
    {
        // Pieces of YAML put together at random: whatever the parser makes of them, LoadMap
        // returns a map or reports where the text is wrong; it never throws.
        string[] pieces = ["a", ":", " ", "\n", "  ", "- ", "[", "]", "{", "}", ",", "'", "\"", "|", ">", "&x ", "*x", "? ", "#", "\t", "---\n", "...\n", "!!str ", "%YAML 1.2\n", "ü", "\\"];
        var random = new Random(3);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var diagnostics = new DiagnosticBag();

            var map = YamlSource.LoadMap(text, "t.yml", diagnostics);

            Assert.True(map is not null || diagnostics.HasErrors, text);
            Assert.All(diagnostics.ToSortedList(), d => Assert.True(d.Line >= 1 && d.Column >= 1, text));
        }
    }

    private static YamlMap Load(string yaml, out DiagnosticBag diagnostics, int lineOffset = 0)
    {
        diagnostics = new DiagnosticBag();
        var map = YamlSource.LoadMap(yaml, "t.yml", diagnostics, lineOffset);
        Assert.Empty(diagnostics.ToSortedList());
        return map!;
    }
}
