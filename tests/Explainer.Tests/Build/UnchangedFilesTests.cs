using Explainer.Corpus;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>
/// A rebuild leaves the files whose bytes did not change as they were (same modification time), so
/// that deploys and watchers see only real changes; and a failed rebuild leaves the site untouched.
/// </summary>
public sealed class UnchangedFilesTests : IDisposable
{
    private static readonly DateTime Before = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("input");

    private string Output => _temp.Combine("site");

    [Fact]
    public async Task A_second_build_of_the_same_input_keeps_every_file_with_its_modification_time()
    {
        CorpusGenerator.Generate(Repository.Input, Input, 3);
        var first = await BuildAsync();
        MarkEveryFileOld();

        var second = await BuildAsync();

        Assert.Empty(second.Diagnostics);
        Assert.Equal(first.FilesWritten, second.FilesWritten);
        Assert.Equal(second.FilesWritten, second.FilesUnchanged);
        Assert.Empty(ChangedFiles());
    }

    [Fact]
    public async Task A_changed_sentence_rewrites_only_its_page()
    {
        CorpusGenerator.Generate(Repository.Input, Input, 3);
        await BuildAsync();
        var before = FolderContents.Read(Output);
        MarkEveryFileOld();
        var article = Path.Combine(Input, "putin-nordkorea-0002", "article.md");
        TextFile.Replace(article, "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");

        var result = await BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["putin-nordkorea-0002/index.html"], ChangedFiles());
        Assert.Equal(result.FilesWritten - 1, result.FilesUnchanged);
        Assert.Contains("zwei Meinungen", File.ReadAllText(Path.Combine(Output, "putin-nordkorea-0002", "index.html")), StringComparison.Ordinal);
        Assert.Equal(before.Paths, FolderContents.Read(Output).Paths);
    }

    [Fact]
    public async Task A_changed_title_rewrites_its_page_and_the_index()
    {
        CorpusGenerator.Generate(Repository.Input, Input, 3);
        await BuildAsync();
        MarkEveryFileOld();
        TextFile.ReplaceLine(Path.Combine(Input, "putin-nordkorea-0003", "article.md"), 2, "title: Ein neuer Titel");

        var result = await BuildAsync();

        Assert.Empty(result.Diagnostics);
        // The title also names the explainer in its embed pages and its drawn social image; nothing of other explainers changes.
        var changed = ChangedFiles();
        Assert.Contains("index.html", changed);
        Assert.Contains("putin-nordkorea-0003/index.html", changed);
        Assert.All(changed.Where(f => f != "index.html"), f => Assert.StartsWith("putin-nordkorea-0003/", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_every_file_of_the_site_as_it_was()
    {
        CorpusGenerator.Generate(Repository.Input, Input, 3);
        await BuildAsync();
        await BuildAsync();
        MarkEveryFileOld();
        var before = FolderContents.Read(Output);
        TextFile.ReplaceLine(Path.Combine(Input, "putin-nordkorea-0001", "article.md"), 2, "title: [unclosed");

        var result = await BuildAsync();

        Assert.NotEmpty(result.Diagnostics);
        Assert.Empty(ChangedFiles());
        FolderContents.AssertIdentical(before, FolderContents.Read(Output));
        Assert.Equal(["input", "site"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private Task<BuildResult> BuildAsync() =>
        new SiteBuilder().BuildAsync(new BuildOptions(Input, Output, Repository.Theme), TestContext.Current.CancellationToken);

    /// <summary>Dates every file of the site back, so that a file written again shows, whatever the clock's resolution.</summary>
    private void MarkEveryFileOld()
    {
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Before);
        }
    }

    /// <summary>The site's files written since <see cref="MarkEveryFileOld"/>, relative, in ordinal order.</summary>
    private List<string> ChangedFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) != Before)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
