using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Explainer.Components;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Tests.Support;
using Explainer.Yaml;

namespace Explainer.Tests.Components;

/// <summary>
/// Every registered component is whole: its templates are in its theme folder, its key is in the
/// explainer.yml schema, its UI strings are in every i18n file, and each embeddable one makes
/// sections with an id, a title and a preset height.
/// </summary>
public sealed partial class ComponentRegistryTests
{
    public static TheoryData<string> Components => [.. ComponentList.All.Select(c => c.Name)];

    private static IComponent Named(string name) => ComponentList.All.Single(c => c.Name == name);

    [Fact]
    public void Names_keys_and_placement_classes_are_each_taken_once()
    {
        Assert.Equal(ComponentList.All.Count, ComponentList.All.Select(c => c.Name).Distinct().Count());
        Assert.Equal(ComponentList.All.Count, ComponentList.All.Select(c => c.Key).Distinct().Count());
        Assert.Equal(ComponentList.All.Count, ComponentList.All.Select(c => c.EntryType).Distinct().Count());
        var classes = ComponentList.All.Select(c => c.PlacementClass).OfType<string>().ToList();
        Assert.Equal(classes.Count, classes.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Its_templates_are_in_its_theme_folder(string name)
    {
        var component = Named(name);
        var folder = Path.Combine(Repository.Theme, "components", component.Name);
        foreach (var template in component.Templates)
        {
            Assert.True(File.Exists(Path.Combine(folder, template + ".html")), $"{component.Name}: theme/components/{component.Name}/{template}.html is missing");
        }

        if (component.PlacementClass is not null || component.SceneKey is not null)
        {
            Assert.NotEmpty(component.Templates);
        }

        if (component.SceneKey is { } key)
        {
            Assert.Contains("state-" + key, component.Templates);
        }

        if (component.EmbedPartial is { } partial)
        {
            Assert.Contains(partial, component.Templates);
        }
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Its_key_is_in_the_schema(string name)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "schemas", "explainer.schema.json")))!;
        var entry = schema["properties"]?[Named(name).Key];
        Assert.NotNull(entry);
        Assert.Equal("array", (string?)entry["type"]);
    }

    [Fact]
    public void The_schema_has_no_key_that_no_component_reads()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "schemas", "explainer.schema.json")))!;
        Assert.Equal(
            ComponentList.All.Select(c => c.Key).Order(),
            schema["properties"]!.AsObject().Select(p => p.Key).Order());
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Its_UI_strings_are_in_every_language_and_its_templates_use_no_others(string name)
    {
        var component = Named(name);
        var languages = Directory.EnumerateFiles(Path.Combine(Repository.Theme, "i18n"), "*.yml").ToList();
        Assert.NotEmpty(languages);
        foreach (var file in languages)
        {
            var diagnostics = new DiagnosticBag();
            var keys = YamlSource.LoadMap(File.ReadAllText(file), file, diagnostics)!.Keys.ToHashSet();
            Assert.Empty(component.UiStrings.Except(keys));
        }

        var used = component.Templates
            .SelectMany(t => UsedKey().Matches(File.ReadAllText(Path.Combine(Repository.Theme, "components", component.Name, t + ".html"))))
            .Select(m => m.Groups[1].Value);
        Assert.Empty(used.Except(component.UiStrings));
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Each_embeddable_component_makes_sections_with_an_id_a_title_and_a_height(string name)
    {
        var component = Named(name);
        var sections = FixtureSections().Where(s => s.Partial == component.EmbedPartial).ToList();
        if (component.EmbedPartial is null)
        {
            Assert.Empty(sections);
            return;
        }

        Assert.NotEmpty(sections);
        foreach (var section in sections)
        {
            Assert.True(ComponentList.IsReserved(section.Id), $"section id '{section.Id}' is not reserved");
            Assert.Contains(component.ReservedIds, r => r.EndsWith('-') ? section.Id.StartsWith(r, StringComparison.Ordinal) : section.Id == r);
            Assert.False(string.IsNullOrWhiteSpace(section.Title));
            Assert.InRange(section.Height, 100, 4000);
        }
    }

    /// <summary>The sections of the component fixture (each component once), laid out without a build.</summary>
    private static IReadOnlyList<EmbedSection> FixtureSections()
    {
        var folder = Path.Combine(ComponentSite.Input, "components");
        var diagnostics = new DiagnosticBag();
        var article = Article.Parse("components", "components/article.md", "article.md", File.ReadAllText(Path.Combine(folder, "article.md")), diagnostics)!;
        var data = ExplainerData.Read(YamlSource.LoadMap(File.ReadAllText(Path.Combine(folder, "explainer.yml")), "explainer.yml", diagnostics)!);
        ReferenceChecker.Check(article, data, "article.md", diagnostics, folder);
        Assert.Empty(diagnostics.ToSortedList());
        var strings = UiStrings.Load(Repository.Theme, p => p, diagnostics).For("en");
        var context = new ExplainerContext(article, data, "en", strings, new Dictionary<string, Explainer.Components.Media.MediaRendition>());
        return ExplainerBody.Build(context, new HashSet<string>()).Sections;
    }

    [GeneratedRegex("""\bt\s+"([a-z_]+)"\s*""")]
    private static partial Regex UsedKey();
}
