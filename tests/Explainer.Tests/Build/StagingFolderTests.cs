using Explainer.Tests.Support;

namespace Explainer.Tests.Build;

/// <summary>Committing a staging folder: renamed into place, or applied onto the old site file by file.</summary>
public sealed class StagingFolderTests : IDisposable
{
    private static readonly DateTime Before = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site");

    [Fact]
    public void Without_an_old_site_the_staging_folder_becomes_the_site()
    {
        using var staging = StagingFolder.Create(Output);
        File.WriteAllText(Path.Combine(staging.Path, "index.html"), "new");

        staging.CommitTo(Output, new HashSet<string> { "index.html" });

        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Onto_an_old_site_only_new_changed_and_removed_files_are_touched()
    {
        _temp.Write("site/index.html", "old index");
        _temp.Write("site/kept/index.html", "kept");
        _temp.Write("site/gone/index.html", "gone");
        _temp.Write("site/was-a-folder/index.html", "old");
        File.SetLastWriteTimeUtc(Path.Combine(Output, "kept", "index.html"), Before);
        using var staging = StagingFolder.Create(Output);
        Write(staging, "index.html", "new index");
        Write(staging, "added/deep/index.html", "added");
        Write(staging, "was-a-folder", "a file now");

        staging.CommitTo(Output, new HashSet<string> { "index.html", "kept/index.html", "added/deep/index.html", "was-a-folder" });

        Assert.Equal(
            ["added/deep/index.html", "index.html", "kept/index.html", "was-a-folder"],
            FolderContents.Read(Output).Paths);
        Assert.Equal("new index", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("a file now", File.ReadAllText(Path.Combine(Output, "was-a-folder")));
        Assert.Equal(Before, File.GetLastWriteTimeUtc(Path.Combine(Output, "kept", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
    }

    private static void Write(StagingFolder staging, string relative, string text)
    {
        var path = Path.Combine(staging.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
