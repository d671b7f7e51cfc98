using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Tests.Yaml;

public class YamlScalarsTests
{
    public static TheoryData<string> Texts() =>
    [
        "Chris Monday",
        "außerordentlicher Professor an der Dongseo-Universität in Busan",
        "Warum sich Wladimir Putin in Nordkorea aufhält?",
        "Herrn Kims zeremonieller Empfang für Herrn Putin …",
        "key: value",
        "ends with colon:",
        "a # not a comment",
        "#starts with hash",
        "- starts like a list",
        "? question",
        "[bracketed]",
        "{braced}",
        "a, b, c",
        "\"double\" and 'single'",
        "'single at start",
        "back\\slash",
        "true",
        "No",
        "null",
        "~",
        "123",
        "1.5",
        "-1",
        "+1",
        ".inf",
        "2024-06-19",
        "0x1F",
        "@at",
        "`tick",
        "|pipe",
        ">folded",
        "%percent",
        "!tag",
        "&anchor",
        "*alias",
        " leading space",
        "trailing space ",
        "tab\tinside",
        "line\nbreak",
        "two paragraphs\n\nof a quote",
        "  indented\n\nsecond",
        "« Poutine est en colère »",
        "no-break\u00A0space and narrow\u202Fone",
        "bom\uFEFFinside",
        "line separator\u2028and\u2029paragraph",
        "emoji 😀 ok",
        "",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_mapping_value_reads_back_unchanged(string text)
    {
        var yaml = string.Join('\n', YamlScalars.KeyValue("value", text, 0)) + "\n";

        var map = Load(yaml);

        Assert.Equal(text, ((YamlScalarNode)map.NodeOf("value")!).Value);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_flow_sequence_item_reads_back_unchanged(string text)
    {
        var yaml = $"items: {YamlScalars.FlowSequence([text, "second"])}\n";

        var items = Load(yaml).Sequence("items");

        Assert.Equal([text, "second"], items.Select(n => ((YamlScalarNode)n).Value));
    }

    [Theory]
    [InlineData("control\u0001char", "control character U+0001")]
    [InlineData("del\u007F", "control character U+007F")]
    [InlineData("next\u0085line", "control character U+0085")]
    [InlineData("non\uFFFFcharacter", "noncharacter U+FFFF")]
    public void A_character_no_page_may_contain_is_written_as_an_escape_and_refused_where_it_stands(string text, string named)
    {
        var yaml = string.Join('\n', YamlScalars.KeyValue("value", text, 0)) + "\n";
        var diagnostics = new DiagnosticBag();

        YamlSource.LoadMap(yaml, "test.yml", diagnostics);

        Assert.DoesNotContain(text, yaml, StringComparison.Ordinal);
        Assert.Equal(
            [$"test.yml(1,8): error XPL0101: invalid YAML: an escape in this text stands for the {named}, which cannot stand in a web page"],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Multi_paragraph_text_is_written_as_a_literal_block()
    {
        var lines = YamlScalars.KeyValue("text", "First paragraph.\n\nSecond paragraph.", 4);

        Assert.Equal(["    text: |-", "      First paragraph.", string.Empty, "      Second paragraph."], lines);
    }

    [Fact]
    public void Ordinary_text_stays_plain()
    {
        Assert.Equal("Putin ist wütend", YamlScalars.Value("Putin ist wütend"));
        Assert.Equal("[Herr Monday, der Artikel]", YamlScalars.FlowSequence(["Herr Monday", "der Artikel"]));
    }

    [Fact]
    public void A_comment_stays_on_one_line()
    {
        Assert.Equal("a b c", YamlScalars.Comment("a\nb\r\nc\u2028"));
    }

    /// <summary>Read back as the tool reads its input.</summary>
    private static YamlMap Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlSource.LoadMap(yaml, "test.yml", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return map!;
    }
}
