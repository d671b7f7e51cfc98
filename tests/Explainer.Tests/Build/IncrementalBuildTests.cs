using Explainer.Corpus;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>
/// Builds that share a <see cref="BuildCache"/> (as <c>explainer serve</c> does) build only the
/// explainers whose files changed, and always leave the same site a full build would.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly BuildCache _cache = new();

    public IncrementalBuildTests() => CorpusGenerator.Generate(Repository.Input, Input, 3);

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("input");

    private string Output => _temp.Combine("site");

    private string Article(int n) => Path.Combine(Input, $"putin-nordkorea-{n:D4}", "article.md");

    [Fact]
    public async Task An_edited_article_is_built_alone_and_the_site_is_what_a_full_build_makes()
    {
        await BuildAsync();
        TextFile.Replace(Article(2), "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");

        var result = await BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Equal((1, 2), (_cache.ExplainersBuilt, _cache.ExplainersReused));
        Assert.Contains("zwei Meinungen", File.ReadAllText(Path.Combine(Output, "putin-nordkorea-0002", "index.html")), StringComparison.Ordinal);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_changed_title_reaches_the_index_though_the_other_explainers_are_not_built()
    {
        await BuildAsync();
        TextFile.ReplaceLine(Article(3), 2, "title: Ein ganz neuer Titel");

        await BuildAsync();

        Assert.Equal((1, 2), (_cache.ExplainersBuilt, _cache.ExplainersReused));
        Assert.Contains("Ein ganz neuer Titel", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task An_image_is_encoded_again_only_when_its_file_changes()
    {
        await BuildAsync();
        var variant = Directory.EnumerateFiles(Path.Combine(Output, "putin-nordkorea-0001", "media"), "*.webp").Order(StringComparer.Ordinal).First();
        var encoded = File.ReadAllBytes(variant);

        // Marks the site's copy: a rebuild that encodes the image again writes the real bytes back.
        File.WriteAllBytes(variant, [.. encoded.Select(b => (byte)~b)]);
        TextFile.Replace(Article(1), "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");
        await BuildAsync();
        Assert.NotEqual(encoded, File.ReadAllBytes(variant));

        var image = Directory.EnumerateFiles(Path.Combine(Input, "putin-nordkorea-0001", "media"), "*.png").Order(StringComparer.Ordinal).First();
        File.SetLastWriteTimeUtc(image, File.GetLastWriteTimeUtc(image).AddSeconds(1));
        await BuildAsync();
        Assert.Equal(encoded, File.ReadAllBytes(variant));
    }

    [Fact]
    public async Task A_change_to_site_yml_builds_every_explainer_again()
    {
        await BuildAsync();
        TextFile.Replace(Path.Combine(Input, "site.yml"), "title: ", "title: Neu - ");

        var result = await BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Equal((3, 0), (_cache.ExplainersBuilt, _cache.ExplainersReused));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_removed_explainer_leaves_the_site_with_its_files()
    {
        await BuildAsync();
        Directory.Delete(Path.Combine(Input, "putin-nordkorea-0002"), recursive: true);

        await BuildAsync();

        Assert.False(Directory.Exists(Path.Combine(Output, "putin-nordkorea-0002")));
        Assert.DoesNotContain("putin-nordkorea-0002", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task After_a_failed_build_the_next_good_one_builds_what_changed_since_the_last_good_one()
    {
        await BuildAsync();
        TextFile.ReplaceLine(Article(1), 2, "title: [unclosed");
        TextFile.Replace(Article(2), "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");
        var failed = await BuildAsync();
        Assert.NotEmpty(failed.Diagnostics);

        TextFile.ReplaceLine(Article(1), 2, "title: Wieder gut");
        var result = await BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Equal((2, 1), (_cache.ExplainersBuilt, _cache.ExplainersReused));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_file_named_as_changed_is_built_again_even_when_its_stamp_is_the_same()
    {
        await BuildAsync();
        var stamp = File.GetLastWriteTimeUtc(Article(2));
        TextFile.Replace(Article(2), "gibt es zwei Ansichten.", "gibt es zwei Ansichtem.");
        File.SetLastWriteTimeUtc(Article(2), stamp);

        _cache.Invalidate([Article(2)]);
        await BuildAsync();

        Assert.Equal((1, 2), (_cache.ExplainersBuilt, _cache.ExplainersReused));
        Assert.Contains("zwei Ansichtem", File.ReadAllText(Path.Combine(Output, "putin-nordkorea-0002", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_changes_are_reported_the_explainers_they_name_are_built_again()
    {
        var cache = new BuildCache { ChangesReported = true };
        await BuildAsync(cache);
        TextFile.Replace(Article(2), "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");

        cache.Invalidate([Article(2)]);
        await BuildAsync(cache);

        Assert.Equal((1, 2), (cache.ExplainersBuilt, cache.ExplainersReused));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_reported_change_of_the_whole_input_folder_builds_every_explainer_again()
    {
        // What the watcher reports when its buffer overflowed and changes went missing.
        var cache = new BuildCache { ChangesReported = true };
        await BuildAsync(cache);
        TextFile.Replace(Article(3), "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");

        cache.Invalidate([Input]);
        await BuildAsync(cache);

        Assert.Equal((3, 0), (cache.ExplainersBuilt, cache.ExplainersReused));
        await AssertSameAsFullBuildAsync();
    }

    private Task<BuildResult> BuildAsync(BuildCache? cache = null) =>
        new SiteBuilder().BuildAsync(new BuildOptions(Input, Output, Repository.Theme, Cache: cache ?? _cache), TestContext.Current.CancellationToken);

    private async Task AssertSameAsFullBuildAsync()
    {
        var full = _temp.Combine("full");
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(Input, full, Repository.Theme), TestContext.Current.CancellationToken);
        Assert.Empty(result.Diagnostics);
        FolderContents.AssertIdentical(FolderContents.Read(full), FolderContents.Read(Output));
        Directory.Delete(full, recursive: true);
    }
}
