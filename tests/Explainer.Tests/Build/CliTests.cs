using System.Text.RegularExpressions;
using Explainer.Cli;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>
/// The <c>explainer</c> command run in-process: exit codes, error lines on stderr, and an output folder
/// that a failed build leaves exactly as it was. Paths in messages are relative to the current folder,
/// which tests must not change (they run in parallel), so they are matched by their ends.
/// </summary>
public sealed class CliTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site");

    [Fact]
    public void A_missing_input_folder_exits_1_with_a_located_error_and_leaves_the_output_alone()
    {
        var before = ExistingOutput();

        var exit = Run("build", "--input", "does-not-exist", "--output", Output, "--theme", Repository.Theme);

        Assert.Equal(Program.ContentErrors, exit);
        Assert.Contains(ErrorLines(), l => l.StartsWith("does-not-exist(1,1): error XPL0001: ", StringComparison.Ordinal));
        AssertUntouched(before);
    }

    [Fact]
    public void Broken_front_matter_exits_1_with_the_file_line_and_column_and_leaves_the_output_alone()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        // Line 3 is the dek; `a: b` inside a plain value is invalid YAML, the second `:` is column 7.
        TextFile.ReplaceLine(Path.Combine(input, "putin-nordkorea", "article.md"), 3, "dek: a: b");
        var before = ExistingOutput();

        var exit = Run("build", "--input", input, "--output", Output, "--theme", Repository.Theme);

        Assert.Equal(Program.ContentErrors, exit);
        Assert.Contains(ErrorLines(), l => Regex.IsMatch(l, @"(^|/)input/putin-nordkorea/article\.md\(3,7\): error XPL0101: invalid YAML: .+"));
        Assert.Contains("nothing was written", _stderr.ToString(), StringComparison.Ordinal);
        AssertUntouched(before);
    }

    [Fact]
    public void Images_are_kept_in_the_cache_folder_given_and_nowhere_with_no_cache()
    {
        var cache = _temp.Combine("images");
        var input = _temp.CopyFrom(Repository.Input, "input");
        SeedImage.AddTo(input);

        Assert.Equal(Program.Success, Run("build", "--input", input, "--output", Output, "--theme", Repository.Theme, "--cache", cache));
        // The image's three widths, and the drawn social image.
        Assert.Equal(3, Directory.EnumerateFiles(cache, "*.webp", SearchOption.AllDirectories).Count());
        Assert.Single(Directory.EnumerateFiles(cache, "*.png", SearchOption.AllDirectories));

        Directory.Delete(cache, recursive: true);
        Assert.Equal(Program.Success, Run("build", "--input", input, "--output", Output, "--theme", Repository.Theme, "--cache", cache, "--no-cache"));
        Assert.False(Directory.Exists(cache));
    }

    [Fact]
    public void Without_the_cache_option_images_are_kept_in_the_user_cache_folder()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        SeedImage.AddTo(input);

        Assert.Equal(Program.Success, Run("build", "--input", input, "--output", Output, "--theme", Repository.Theme));

        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(UserCacheFolder.Path, "explainer"), "*.webp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_good_build_exits_0_and_replaces_the_output()
    {
        ExistingOutput();

        var exit = Run("build", "--input", Repository.Input, "--output", Output, "--theme", Repository.Theme);

        Assert.Equal(Program.Success, exit);
        Assert.Equal(string.Empty, _stderr.ToString());
        Assert.Matches(@"^Built \d+ files \([\d,]+ bytes\) into ", _stdout.ToString());
        Assert.False(File.Exists(Path.Combine(Output, "marker.txt")));
        Assert.True(File.Exists(Path.Combine(Output, "putin-nordkorea", "index.html")));
    }

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        var exit = Run("build", "--input", Repository.Input, "--output", Output, "--theme", Repository.Theme, "--verbosity", "quiet");

        Assert.Equal(Program.Success, exit);
        Assert.Equal(string.Empty, _stdout.ToString() + _stderr.ToString());
    }

    [Theory]
    [InlineData("build", "--nope")]
    [InlineData("nope")]
    [InlineData("build", "--base-url", "ftp://example.org/")]
    [InlineData("build", "--max-parallelism", "0")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        var exit = Run(args);

        Assert.Equal(Program.UsageError, exit);
        Assert.Contains("explainer: error: ", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Run 'explainer --help' for usage.", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Help_exits_0_and_lists_the_build_command()
    {
        Assert.Equal(Program.Success, Run("--help"));
        Assert.Contains("build", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_build_lists_its_options()
    {
        Assert.Equal(Program.Success, Run("build", "--help"));
        Assert.Contains("--input", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("--output", _stdout.ToString(), StringComparison.Ordinal);
    }

    private int Run(params string[] args) => Program.Run(args, _stdout, _stderr);

    private string[] ErrorLines() => _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Creates the output folder of an earlier build, with a marker file and the manifest naming its files, and returns its contents.</summary>
    private FolderContents ExistingOutput()
    {
        _temp.Write("site/marker.txt", "from the last good build");
        _temp.Write("site/putin-nordkorea/index.html", "<!doctype html><title>old</title>");
        _temp.Write("site/" + OutputManifest.FileName, "# an earlier build\nmarker.txt\nputin-nordkorea/index.html\n");
        return FolderContents.Read(Output);
    }

    private void AssertUntouched(FolderContents before)
    {
        FolderContents.AssertIdentical(before, FolderContents.Read(Output));
        // No staging or backup folder is left beside it either.
        Assert.DoesNotContain(Directory.EnumerateDirectories(_temp.Path), d => Path.GetFileName(d).StartsWith('.'));
    }
}
