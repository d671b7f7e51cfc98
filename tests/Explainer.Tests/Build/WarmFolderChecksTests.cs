using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>
/// In serve, a rebuild after a good build does not read the output folder whole nor every
/// explainer's folder for links (<see cref="OutputFolder.Known"/>, <see cref="InputLinks"/> with the
/// watcher's changes): what it finds must be what a build that reads them all finds.
/// </summary>
public sealed class WarmFolderChecksTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public WarmFolderChecksTests() => _temp.CopyFrom(Repository.Input, "input");

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("input");

    private string Output => _temp.Combine("site");

    [Fact]
    public async Task A_foreign_file_where_a_new_page_goes_stops_a_warm_rebuild_as_it_stops_a_full_build()
    {
        var cache = new BuildCache { ChangesReported = true };
        Assert.Empty((await BuildAsync(cache)).Diagnostics);
        var second = AddSecondExplainer();
        cache.Invalidate([second]);
        _temp.Write("site/zweiter/index.html", "someone else's page");
        _temp.Write("site/zweiter/social.png/notes.txt", "in a folder where the site puts a file");
        _temp.Write("site/zweiter.html/notes.txt", "beside the site: not in the way");
        var before = FolderContents.Read(Output);

        var warm = await BuildAsync(cache);
        var full = await BuildAsync(cache: null);

        Assert.Equal(["site/zweiter/index.html", "site/zweiter/social.png/notes.txt"], warm.Diagnostics.Select(d => Ending(d.Path)));
        Assert.All(warm.Diagnostics, d => Assert.Equal(Diagnostics.ErrorCodes.OutputFileInTheWay, d.Code));
        Assert.Equal(full.Diagnostics, warm.Diagnostics);
        FolderContents.AssertIdentical(before, FolderContents.Read(Output));
    }

    [Fact]
    public async Task A_foreign_file_beside_the_site_survives_a_warm_rebuild_that_removes_pages_around_it()
    {
        var second = AddSecondExplainer();
        var cache = new BuildCache { ChangesReported = true };
        Assert.Empty((await BuildAsync(cache)).Diagnostics);
        _temp.Write("site/zweiter/notizen.txt", "mine");

        Directory.Delete(second, recursive: true);
        cache.Invalidate([second]);
        var warm = await BuildAsync(cache);

        Assert.Empty(warm.Diagnostics);
        Assert.Equal(["notizen.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(Output, "zweiter")).Select(Path.GetFileName));
        Assert.DoesNotContain("zweiter/index.html", OutputManifest.Read(Output)!);
    }

    [Fact]
    public async Task A_link_out_of_the_input_made_in_a_changed_explainer_stops_a_warm_rebuild_as_it_stops_a_full_build()
    {
        var media = Directory.CreateDirectory(Path.Combine(Input, "putin-nordkorea", "media")).FullName;
        var cache = new BuildCache { ChangesReported = true };
        Assert.Empty((await BuildAsync(cache)).Diagnostics);
        var link = Path.Combine(media, ".versteckt.png");
        File.CreateSymbolicLink(link, _temp.Write("elsewhere/secret.png", "x"));
        cache.Invalidate([Path.Combine(Input, "putin-nordkorea", "explainer.yml")]);

        var warm = await BuildAsync(cache);
        var full = await BuildAsync(cache: null);

        var error = Assert.Single(warm.Diagnostics);
        Assert.Equal(Diagnostics.ErrorCodes.LinkLeavesInput, error.Code);
        Assert.EndsWith("input/putin-nordkorea/media/.versteckt.png", error.Path, StringComparison.Ordinal);
        Assert.Equal(full.Diagnostics, warm.Diagnostics);
    }

    [Fact]
    public async Task A_new_explainer_folder_that_is_a_link_out_of_the_input_stops_a_warm_rebuild()
    {
        var cache = new BuildCache { ChangesReported = true };
        Assert.Empty((await BuildAsync(cache)).Diagnostics);
        var elsewhere = _temp.CopyFrom(Path.Combine(Repository.Input, "putin-nordkorea"), "elsewhere");
        Directory.CreateSymbolicLink(Path.Combine(Input, "anderswo"), elsewhere);
        cache.Invalidate([Path.Combine(Input, "anderswo")]);

        var warm = await BuildAsync(cache);

        Assert.Equal(Diagnostics.ErrorCodes.LinkLeavesInput, Assert.Single(warm.Diagnostics).Code);
        Assert.Equal((await BuildAsync(cache: null)).Diagnostics, warm.Diagnostics);
    }

    private string AddSecondExplainer()
    {
        var second = Path.Combine(Input, "zweiter");
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(second, "article.md"), "---\ntitle: Zweiter\n---\n\nEin Absatz.\n");
        return second;
    }

    private Task<BuildResult> BuildAsync(BuildCache? cache) =>
        new SiteBuilder().BuildAsync(new BuildOptions(Input, Output, Repository.Theme, Cache: cache), TestContext.Current.CancellationToken);

    private static string Ending(string path) => path[(path.LastIndexOf("site/", StringComparison.Ordinal))..];
}
