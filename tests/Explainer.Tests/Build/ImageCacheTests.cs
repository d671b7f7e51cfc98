using Explainer.Corpus;
using Explainer.Tests.Support;
using Explainer.Build;
using Explainer.Modules;

namespace Explainer.Tests.Build;

/// <summary>Encoded images are made once per source and kept between builds in the image cache folder.</summary>
public sealed class ImageCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ImageCacheTests()
    {
        // Every explainer of the corpus keeps the seed's media: this image, wide enough for several variants, in each.
        var seed = _temp.CopyFrom(Repository.Input, "seed");
        SeedImage.AddTo(seed);
        CorpusGenerator.Generate(seed, Input, 3);
    }

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("input");

    private string Cache => _temp.Combine("cache");

    [Fact]
    public async Task The_same_image_in_several_explainers_is_encoded_once()
    {
        var result = await BuildAsync("site");

        Assert.Empty(result.Diagnostics);
        var written = Directory.EnumerateFiles(_temp.Combine("site"), "*.webp", SearchOption.AllDirectories).ToList();
        string[] widths = [$"{SeedImage.Id}-480.", $"{SeedImage.Id}-960.", $"{SeedImage.Id}-{SeedImage.Width}."];
        Assert.Equal(3 * widths.Length, written.Count(f => widths.Any(w => Path.GetFileName(f).StartsWith(w, StringComparison.Ordinal))));
        static int Distinct(IEnumerable<string> files) => files.Select(File.ReadAllBytes).Select(Convert.ToBase64String).Distinct().Count();

        // The seed's images are in every explainer; the first (as every fourth) is also led by an image of its own.
        var shared = written.Where(f => !Path.GetFileName(f).StartsWith(Path.GetFileNameWithoutExtension(ExplainerPlan.HeroImageSrc) + "-", StringComparison.Ordinal)).ToList();
        Assert.Equal(written.Count - 1, shared.Count);
        Assert.Equal(3 * Distinct(shared), shared.Count);
        Assert.Equal(Distinct(written), Directory.EnumerateFiles(Cache, "*.webp", SearchOption.AllDirectories).Count());

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
        var replacement = SeedImage.Png();
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
    public void Without_a_cache_folder_a_temporary_one_serves_and_goes()
    {
        string folder;
        using (var images = ImageCache.Open(null))
        {
            folder = images.Folder;
            var key = ImageCache.Key("test", "one");
            Assert.Equal([1, 2, 3], images.GetOrMake(key, "bin", () => [1, 2, 3]));
            Assert.Equal([1, 2, 3], images.GetOrMake(key, "bin", () => throw new InvalidOperationException("made twice")));
            Assert.Equal(1, images.Made);
            Assert.True(Directory.Exists(folder));
        }

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Keys_of_different_parts_differ_even_when_the_parts_join_to_the_same_text()
    {
        Assert.NotEqual(ImageCache.Key("ab", "c"), ImageCache.Key("a", "bc"));
        Assert.Equal(ImageCache.Key("a", "bc"), ImageCache.Key("a", "bc"));
    }

    private Task<BuildResult> BuildAsync(string output) =>
        new SiteBuilder().BuildAsync(new BuildOptions(Input, _temp.Combine(output), Repository.Theme, ImageCacheFolder: Cache), TestContext.Current.CancellationToken);
}
