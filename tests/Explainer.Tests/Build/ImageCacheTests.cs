using Explainer.Corpus;
using Explainer.Tests.Support;

namespace Explainer.Tests.Build;

/// <summary>Encoded images are made once per source and kept between builds in the image cache folder.</summary>
public sealed class ImageCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ImageCacheTests() => CorpusGenerator.Generate(Repository.Input, Input, 3);

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("input");

    private string Cache => _temp.Combine("cache");

    [Fact]
    public async Task The_same_image_in_several_explainers_is_encoded_once()
    {
        var result = await BuildAsync("site");

        Assert.Empty(result.Diagnostics);
        var written = Directory.EnumerateFiles(_temp.Combine("site"), "*.webp", SearchOption.AllDirectories).ToList();
        var distinct = written.Select(File.ReadAllBytes).Select(Convert.ToBase64String).Distinct().Count();
        Assert.Equal(3 * distinct, written.Count);
        Assert.Equal(distinct, Directory.EnumerateFiles(Cache, "*.webp", SearchOption.AllDirectories).Count());

        // One drawn social image per explainer without a hero image: their titles differ.
        var drawn = Directory.EnumerateFiles(_temp.Combine("site"), "social.png", SearchOption.AllDirectories).Count();
        Assert.InRange(drawn, 1, 3);
        Assert.Equal(drawn, Directory.EnumerateFiles(Cache, "*.png", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task A_later_build_takes_the_images_from_the_cache_and_writes_the_same_site()
    {
        await BuildAsync("first");
        var stored = Directory.EnumerateFiles(Cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        await BuildAsync("second");

        FolderContents.AssertIdentical(FolderContents.Read(_temp.Combine("first")), FolderContents.Read(_temp.Combine("second")));
        Assert.Equal(stored, Directory.EnumerateFiles(Cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public async Task A_stored_image_is_used_as_it_is_stored()
    {
        await BuildAsync("first");
        var social = Directory.EnumerateFiles(Cache, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var replacement = await File.ReadAllBytesAsync(Path.Combine(Repository.Input, "putin-nordkorea", "media", "orte.png"), TestContext.Current.CancellationToken);
        foreach (var file in social)
        {
            File.WriteAllBytes(file, replacement);
        }

        await BuildAsync("second");

        var drawn = Directory.EnumerateFiles(_temp.Combine("second"), "social.png", SearchOption.AllDirectories).ToList();
        Assert.Equal(social.Count, drawn.Count);
        Assert.All(drawn, file => Assert.Equal(replacement, File.ReadAllBytes(file)));
    }

    [Fact]
    public async Task Without_a_cache_folder_nothing_is_left_behind()
    {
        var before = Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "explainer-images-*").ToHashSet();

        var result = await new SiteBuilder().BuildAsync(new BuildOptions(Input, _temp.Combine("site"), Repository.Theme), TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        Assert.Subset(before, Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "explainer-images-*").ToHashSet());
    }

    private Task<BuildResult> BuildAsync(string output) =>
        new SiteBuilder().BuildAsync(new BuildOptions(Input, _temp.Combine(output), Repository.Theme, ImageCacheFolder: Cache), TestContext.Current.CancellationToken);
}
