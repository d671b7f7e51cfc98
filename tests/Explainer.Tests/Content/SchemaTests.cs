using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Explainer.Schemas;
using Explainer.Tests.Support;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Content;

/// <summary>The JSON Schemas in docs/schemas accept the shipped YAML and reject bad input.</summary>
public class SchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(Repository.Root, "docs", "schemas");
    // JsonSchema.Net registers schemas by $id globally: parse each once.
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
        new[] { SchemaFiles.Site, SchemaFiles.Explainer }.ToDictionary(n => n, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaFolder, n)))));

    private static readonly string BadInput = Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "BadInput");

    [Fact]
    public void The_shipped_site_yml_is_valid()
    {
        AssertValid(SchemaFiles.Site, Path.Combine(Repository.Input, "site.yml"));
    }

    [Fact]
    public void Every_shipped_explainer_yml_is_valid()
    {
        var files = Directory.GetFiles(Repository.Input, "explainer.yml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertValid(SchemaFiles.Explainer, file);
            Assert.StartsWith("# yaml-language-server: $schema=", File.ReadLines(file).First(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_component_fixtures_media_are_valid()
    {
        // Every type of media entry, audio with a transcript inline and in a file among them.
        var fixture = YamlToJson(File.ReadAllText(Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "Components", "input", "components", "explainer.yml")))!;
        var media = new JsonObject { ["media"] = fixture["media"]!.DeepClone() };
        using var document = JsonDocument.Parse(media.ToJsonString());
        var results = Schemas.Value[SchemaFiles.Explainer].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid);
        Assert.Contains(media["media"]!.AsArray(), m => (string?)m!["type"] == "audio");
    }

    [Theory]
    [InlineData("017-explainer-yml-unknown-section/input/a/explainer.yml")]
    [InlineData("023-image-without-alt/input/a/explainer.yml")]
    [InlineData("026-timeline-date-invalid/input/a/explainer.yml")]
    [InlineData("029-scene-show-ambiguous/input/a/explainer.yml")]
    [InlineData("031-wrong-types/input/a/explainer.yml")]
    [InlineData("038-id-with-uppercase-in-yml/input/a/explainer.yml")]
    [InlineData("054-audio-errors/input/a/explainer.yml")]
    public void The_explainer_schema_rejects_bad_input(string fixture)
    {
        var results = Evaluate(SchemaFiles.Explainer, Path.Combine(BadInput, fixture));
        Assert.False(results.IsValid);
    }

    [Fact]
    public void The_site_schema_rejects_unknown_keys()
    {
        var results = Evaluate(SchemaFiles.Site, Path.Combine(BadInput, "033-site-yml-errors", "input", "site.yml"));
        Assert.False(results.IsValid);
    }

    [Fact]
    public void The_schemas_built_into_the_tool_are_the_ones_in_docs()
    {
        foreach (var name in new[] { SchemaFiles.Site, SchemaFiles.Explainer })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(SchemaFolder, name)), SchemaFiles.Read(name));
        }
    }

    private static void AssertValid(string schemaName, string yamlFile)
    {
        var results = Evaluate(schemaName, yamlFile);
        var errors = results.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList() ?? [];
        Assert.True(results.IsValid, $"{yamlFile} does not match {schemaName}:\n{string.Join('\n', errors)}");
    }

    private static EvaluationResults Evaluate(string schemaName, string yamlFile)
    {
        var schema = Schemas.Value[schemaName];
        var json = YamlToJson(File.ReadAllText(yamlFile));
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>YAML as JSON, typing plain scalars the way a YAML language server does (numbers, booleans, null).</summary>
    private static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s => Plain(s.Value),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static JsonNode? Plain(string? value) => value switch
    {
        null or "" or "~" or "null" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        _ when System.Text.RegularExpressions.Regex.IsMatch(value, @"^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$") => JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value),
    };
}
