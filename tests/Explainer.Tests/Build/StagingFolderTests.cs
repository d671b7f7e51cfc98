using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>Committing a staging folder: renamed into place, or applied onto the old site file by file, with the manifest naming the new site's files.</summary>
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

        staging.CommitTo(Output, new HashSet<string> { "index.html" }, new HashSet<string>());

        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
        Assert.Equal(["index.html"], OutputManifest.Read(Output));
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

        staging.CommitTo(
            Output,
            new HashSet<string> { "index.html", "kept/index.html", "added/deep/index.html", "was-a-folder" },
            new HashSet<string> { "index.html", "kept/index.html", "gone/index.html", "was-a-folder/index.html" });

        Assert.Equal(
            [OutputManifest.FileName, "added/deep/index.html", "index.html", "kept/index.html", "was-a-folder"],
            FolderContents.Read(Output).Paths);
        Assert.Equal(["added/deep/index.html", "index.html", "kept/index.html", "was-a-folder"], OutputManifest.Read(Output)!.Order(StringComparer.Ordinal));
        Assert.Equal("new index", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("a file now", File.ReadAllText(Path.Combine(Output, "was-a-folder")));
        Assert.Equal(Before, File.GetLastWriteTimeUtc(Path.Combine(Output, "kept", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
    }

    [Fact]
    public void Files_the_removable_set_does_not_name_are_left_alone_and_stay_out_of_the_manifest()
    {
        _temp.Write("site/index.html", "old index");
        _temp.Write("site/gone/index.html", "gone");
        _temp.Write("site/gone/notes.txt", "the user's");
        _temp.Write("site/CNAME", "example.org");
        using var staging = StagingFolder.Create(Output);
        Write(staging, "index.html", "new index");

        staging.CommitTo(Output, new HashSet<string> { "index.html" }, new HashSet<string> { "index.html", "gone/index.html" });

        Assert.Equal([OutputManifest.FileName, "CNAME", "gone/notes.txt", "index.html"], FolderContents.Read(Output).Paths);
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(Output, "gone", "notes.txt")));
        Assert.Equal(["index.html"], OutputManifest.Read(Output));
    }

    [Fact]
    public void The_manifest_is_the_same_bytes_whatever_order_the_files_come_in()
    {
        var a = Directory.CreateDirectory(_temp.Combine("a")).FullName;
        var b = Directory.CreateDirectory(_temp.Combine("b")).FullName;
        OutputManifest.Write(a, ["b/index.html", "a.css", "B.txt"]);
        OutputManifest.Write(b, ["B.txt", "a.css", "b/index.html"]);

        var text = File.ReadAllText(Path.Combine(a, OutputManifest.FileName));
        Assert.Equal(text, File.ReadAllText(Path.Combine(b, OutputManifest.FileName)));
        Assert.EndsWith("\nB.txt\na.css\nb/index.html\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_line_that_would_leave_the_folder_is_not_taken()
    {
        _temp.Write("site/" + OutputManifest.FileName, "# comment\nindex.html\n../outside.txt\n/etc/passwd\na/./b\na//b\n");

        Assert.Equal(["index.html"], OutputManifest.Read(Output));
    }

    private static void Write(StagingFolder staging, string relative, string text)
    {
        var path = Path.Combine(staging.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
