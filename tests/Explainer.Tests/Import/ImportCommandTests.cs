using Explainer.Cli;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Import;

public class ImportCommandTests
{
    [Fact]
    public void Import_writes_the_draft_and_refuses_to_overwrite_it_without_force()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");

        var (first, firstOut, _) = Run("import", Repository.Seed, "--slug", "test", "--lang", "de", "--input", input);
        var article = File.ReadAllText(Path.Combine(input, "test", "article.md"));
        var yaml = File.ReadAllText(Path.Combine(input, "test", "explainer.yml"));
        var (second, _, secondErr) = Run("import", Repository.Seed, "--slug", "test", "--input", input);
        var (forced, _, _) = Run("import", Repository.Seed, "--slug", "test", "--lang", "de", "--input", input, "--force");

        Assert.Equal(Program.Success, first);
        Assert.Contains("Imported 20 paragraphs (de): 6 quotes, 3 quoted terms, 2 people, 3 views, 1 media.", firstOut, StringComparison.Ordinal);
        Assert.Equal(Program.ContentErrors, second);
        Assert.Matches(@"test/article\.md\(1,1\): error XPL0301: the explainer 'test' already exists", secondErr);
        Assert.Equal(Program.Success, forced);
        Assert.Equal(article, File.ReadAllText(Path.Combine(input, "test", "article.md")));
        Assert.Equal(yaml, File.ReadAllText(Path.Combine(input, "test", "explainer.yml")));
    }

    [Fact]
    public void The_schema_comment_points_at_a_schema_that_exists()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");

        Run("import", Repository.Seed, "--slug", "test", "--input", input);

        var first = File.ReadLines(Path.Combine(input, "test", "explainer.yml")).First();
        Assert.Equal("# yaml-language-server: $schema=../.schemas/explainer.schema.json", first);
        Assert.True(File.Exists(Path.Combine(input, ".schemas", "explainer.schema.json")));
    }

    [Fact]
    public void Without_lang_the_language_is_guessed()
    {
        using var temp = new TempFolder();

        var (code, stdout, _) = Run("import", Repository.Seed, "--slug", "guessed", "--input", temp.Path);

        Assert.Equal(Program.Success, code);
        Assert.Contains("(de)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_located_error()
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("missing.txt");

        var (code, _, stderr) = Run("import", missing, "--slug", "x", "--input", temp.Path);

        Assert.Equal(Program.ContentErrors, code);
        Assert.Matches(@"missing\.txt\(1,1\): error XPL0004: the article to import does not exist", stderr);
        Assert.False(Directory.Exists(temp.Combine("x")));
    }

    [Fact]
    public void An_empty_file_writes_nothing()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("empty.txt", "\n  \n");

        var (code, _, stderr) = Run("import", empty, "--slug", "x", "--input", temp.Path);

        Assert.Equal(Program.ContentErrors, code);
        Assert.Contains("error XPL0302", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("x")));
    }

    [Theory]
    [InlineData("--lang", "es", "--lang must be one of de, en, fr, not 'es'.")]
    [InlineData("--slug", "Not_A_Slug", "--slug must use only lower-case letters, digits and hyphens, not 'Not_A_Slug'.")]
    public void Bad_usage_exits_with_2(string option, string value, string message)
    {
        using var temp = new TempFolder();
        string[] args = option == "--slug"
            ? ["import", Repository.Seed, "--slug", value, "--input", temp.Path]
            : ["import", Repository.Seed, "--slug", "x", option, value, "--input", temp.Path];

        var (code, _, stderr) = Run(args);

        Assert.Equal(Program.UsageError, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_slug_exits_with_2()
    {
        var (code, _, stderr) = Run("import", Repository.Seed);

        Assert.Equal(Program.UsageError, code);
        Assert.Contains("--slug", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_drafted_explainer_builds()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(Repository.Input, "site.yml"), Path.Combine(input, "site.yml"));
        Assert.Equal(Program.Success, Run("import", Repository.Seed, "--slug", "test", "--lang", "de", "--input", input).Code);

        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, temp.Combine("_site"), Repository.Theme), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = File.ReadAllText(temp.Combine("_site", "test", "index.html"));
        Assert.Contains("id=\"p-putin-ist-wuetend-meint-chris-monday\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_import_into_an_empty_folder_writes_a_site_yml_and_builds()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");

        var (code, stdout, _) = Run("import", Repository.Seed, "--slug", "x", "--lang", "de", "--input", input);
        var site = File.ReadAllText(Path.Combine(input, "site.yml"));
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, temp.Combine("_site"), Repository.Theme), TestContext.Current.CancellationToken);

        Assert.Equal(Program.Success, code);
        Assert.Contains("wrote " + Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(input, "site.yml")).Replace('\\', '/'), stdout, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=.schemas/site.schema.json\n", site, StringComparison.Ordinal);
        Assert.Contains("\nlanguage: de\n", site, StringComparison.Ordinal);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(temp.Combine("_site", "x", "index.html")));
    }

    [Fact]
    public void An_existing_site_yml_is_left_alone()
    {
        using var temp = new TempFolder();
        var siteYml = temp.Write("input/site.yml", "title: Mine\n");

        var (code, stdout, _) = Run("import", Repository.Seed, "--slug", "x", "--lang", "de", "--input", temp.Combine("input"));

        Assert.Equal(Program.Success, code);
        Assert.Equal("title: Mine\n", File.ReadAllText(siteYml));
        Assert.DoesNotContain("site.yml", stdout, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
