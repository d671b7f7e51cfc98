using System.Reflection;
using System.Text.RegularExpressions;
using Explainer.Tests.Support;
using NetArchTest.Rules;

namespace Explainer.Tests.Architecture;

/// <summary>
/// The layers of the tool point one way: a namespace uses only those below it (docs/architecture.md).
/// Each namespace is a folder of its own, and its name is the folder's.
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>
    /// The namespaces of Explainer.Core, lowest first; then the command line (Explainer.Cli), which
    /// uses them all. Namespaces joined by '|' are one layer: they may use each other.
    /// </summary>
    public static readonly string[] Layers =
    [
        "Explainer.Diagnostics",
        "Explainer.Engine",
        "Explainer.Modules",
        "Explainer.Yaml",
        "Explainer.Content",
        "Explainer.Schemas",
        "Explainer.Import",
        "Explainer.Site",
        "Explainer.Templates",
        "Explainer.Components",
        "Explainer.Publishing",
        "Explainer.Pages|Explainer.Embeds",
        "Explainer.Build",
        "Explainer.Cli",
    ];

    private static readonly Assembly[] Assemblies = [typeof(Explainer.Build.SiteBuilder).Assembly, typeof(Explainer.Cli.Program).Assembly];

    [Fact]
    public void No_layer_uses_a_layer_above_it()
    {
        var violations = Violations(Layers);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_check_finds_a_lower_layer_that_uses_a_higher_one()
    {
        // Put Components below Content: Components uses Content, so every such use is now upward.
        string[] swapped = [.. Layers.Where(l => l != "Explainer.Components")];
        swapped = [.. swapped[..swapped.ToList().IndexOf("Explainer.Content")], "Explainer.Components", .. swapped[swapped.ToList().IndexOf("Explainer.Content")..]];

        Assert.Contains(Violations(swapped), v => v.StartsWith("Explainer.Components.", StringComparison.Ordinal) && v.EndsWith("uses Explainer.Content", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_type_lives_in_a_layer()
    {
        var outside = Types.InAssemblies(Assemblies).GetTypes()
            .Select(t => t.ReflectionType)
            .Where(t => t.Namespace is not null && !t.Name.StartsWith('<') && t.Namespace != "Microsoft.CodeAnalysis" && t.Namespace != "System.Runtime.CompilerServices")
            .Where(t => !Layers.SelectMany(l => l.Split('|')).Any(l => Within(t.Namespace!, l)))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    [Fact]
    public void Every_namespace_matches_its_folder()
    {
        var wrong = new List<string>();
        foreach (var project in new[] { "Explainer.Core", "Explainer.Cli" })
        {
            var root = Path.Combine(Repository.Root, "src", project);
            var rootNamespace = project == "Explainer.Core" ? "Explainer" : "Explainer.Cli";
            foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var folder = Path.GetDirectoryName(Path.GetRelativePath(root, file))!;
                var expected = folder.Length == 0 ? rootNamespace : rootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
                foreach (Match m in NamespaceLine().Matches(File.ReadAllText(file)))
                {
                    if (m.Groups[1].Value != expected)
                    {
                        wrong.Add($"{Path.GetRelativePath(Repository.Root, file)}: namespace {m.Groups[1].Value}, folder says {expected}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Each use of a namespace above the user's own layer, as "Type uses Namespace".</summary>
    private static List<string> Violations(string[] layers)
    {
        var violations = new List<string>();
        for (var i = 0; i < layers.Length; i++)
        {
            var above = layers[(i + 1)..].SelectMany(l => l.Split('|'));
            foreach (var lower in layers[i].Split('|'))
            {
                foreach (var higher in above)
                {
                    var result = Types.InAssemblies(Assemblies)
                        .That().ResideInNamespaceMatching($"^{Regex.Escape(lower)}(\\..*)?$")
                        .ShouldNot().HaveDependencyOnAny(higher)
                        .GetResult();
                    if (!result.IsSuccessful)
                    {
                        violations.AddRange(result.FailingTypes.Select(t => $"{t.FullName} uses {higher}"));
                    }
                }
            }
        }

        return violations;
    }

    private static bool Within(string ns, string layer) => ns == layer || ns.StartsWith(layer + ".", StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace\s+([A-Za-z0-9_.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
