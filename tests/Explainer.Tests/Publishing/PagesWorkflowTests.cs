using Explainer.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Publishing;

/// <summary>
/// What GitHub Pages needs of .github/workflows/pages.yml, which actionlint (a browser-test gate)
/// cannot know: the permissions, the base URL from configure-pages passed to --base-url, the
/// artifact with its hidden files (.nojekyll), and the deploy job in the github-pages environment.
/// </summary>
public sealed class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void It_may_deploy_pages_and_mint_the_id_token_deploy_pages_needs()
    {
        var permissions = Map(Workflow, "permissions");
        Assert.Equal("write", Text(permissions, "pages"));
        Assert.Equal("write", Text(permissions, "id-token"));
    }

    [Fact]
    public void The_build_passes_configure_pages_base_url_to_base_url_and_uploads_the_output_with_hidden_files()
    {
        var steps = Steps("build");
        var configure = steps.Single(s => Uses(s).StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var id = Text(configure, "id");
        var build = steps.Single(s => Text(s, "run").Contains("build", StringComparison.Ordinal));
        var run = Text(build, "run");
        Assert.Contains($"--base-url \"${{{{ steps.{id}.outputs.base_url }}}}\"", run, StringComparison.Ordinal);

        var upload = steps.Single(s => Uses(s).StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        var with = Map(upload, "with");
        Assert.Equal("true", Text(with, "include-hidden-files"));
        Assert.Contains($"--output {Text(with, "path")}", run, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deploy_job_needs_the_build_and_deploys_to_the_github_pages_environment()
    {
        var deploy = Map(Map(Workflow, "jobs"), "deploy");
        Assert.Equal("build", Text(deploy, "needs"));
        Assert.Equal("github-pages", Text(Map(deploy, "environment"), "name"));
        Assert.Contains(Steps("deploy"), s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "pages.yml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Map(Map(Workflow, "jobs"), job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map
            : throw new Xunit.Sdk.XunitException($"pages.yml: '{key}' is missing or not a mapping");

    private static string Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;

    private static string Uses(YamlMappingNode step) => Text(step, "uses");
}
