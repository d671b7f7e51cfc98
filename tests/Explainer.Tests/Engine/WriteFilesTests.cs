using Explainer.Engine;
using Explainer.Modules;
using Explainer.Tests.Support;

namespace Explainer.Tests.Engine;

/// <summary>
/// WriteFiles writes what has a destination through the build's SiteWriter, which records every
/// file, and hands on documents without their bytes.
/// </summary>
public sealed class WriteFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Written_documents_come_out_without_their_content_and_the_writer_records_what_was_written()
    {
        var (result, writer) = await RunAsync(previous: null);

        var written = result.Outputs["Write"];
        Assert.Equal(["a", "b"], written.Select(d => d.Source));
        Assert.All(written, d => Assert.True(d.Content.IsEmpty));
        Assert.Equal(["a.out", "b.out"], writer.Files.Paths.Order(StringComparer.Ordinal));
        Assert.Equal((2, 0), (writer.Files.Bytes, writer.Files.Unchanged));
        Assert.Equal("a", File.ReadAllText(_temp.Combine("out", "a.out")));
    }

    [Fact]
    public async Task A_file_with_the_same_bytes_in_the_previous_site_is_not_written_again()
    {
        var previous = _temp.Combine("previous");
        _temp.Write("previous/a.out", "a");
        _temp.Write("previous/b.out", "old b");

        var (_, writer) = await RunAsync(previous);

        Assert.Equal(1, writer.Files.Unchanged);
        Assert.False(File.Exists(_temp.Combine("out", "a.out")));
        Assert.Equal("b", File.ReadAllText(_temp.Combine("out", "b.out")));
        Assert.Equal("old b", File.ReadAllText(Path.Combine(previous, "b.out")));
    }

    [Fact]
    public async Task A_file_with_the_same_bytes_that_the_previous_build_did_not_write_is_not_compared_but_written()
    {
        var previous = _temp.Combine("previous");
        _temp.Write("previous/a.out", "a");

        var (_, writer) = await RunAsync(previous, previousSite: new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(0, writer.Files.Unchanged);
        Assert.Equal("a", File.ReadAllText(_temp.Combine("out", "a.out")));
    }

    [Fact]
    public void What_is_written_and_what_is_kept_are_recorded_in_the_one_shape()
    {
        var settings = new BuildSettings(_temp.Combine("in"), _temp.Combine("out"), _temp.Combine("theme"));
        var writer = new SiteWriter(settings);

        var one = writer.Write("x/index.html", "<p>"u8);
        var kept = writer.Keep(new WrittenFiles(["y/index.html", "y/social.png"], 100, 0));

        Assert.Equal(["x/index.html"], one.Paths);
        Assert.Equal((3L, 0), (one.Bytes, one.Unchanged));
        Assert.Equal(2, kept.Unchanged);
        Assert.Equal(["x/index.html", "y/index.html", "y/social.png"], writer.Files.Paths.Order(StringComparer.Ordinal));
        Assert.Equal((103L, 2), (writer.Files.Bytes, writer.Files.Unchanged));
        Assert.Throws<InvalidOperationException>(() => writer.Write("../outside.html", "x"u8));
    }

    private async Task<(EngineResult Result, SiteWriter Writer)> RunAsync(string? previous, IReadOnlySet<string>? previousSite = null)
    {
        var settings = new BuildSettings(_temp.Combine("in"), _temp.Combine("out"), _temp.Combine("theme"))
        {
            PreviousOutputFolder = previous,
            PreviousSiteFiles = previousSite ?? new HashSet<string>(["a.out", "b.out"], StringComparer.Ordinal),
        };
        var writer = new SiteWriter(settings);
        settings.WithService(writer);
        var pipeline = new Pipeline("Write").WithInput(new CreateDocuments("a", "b")).WithOutput(new WriteFiles());
        return (await new PipelineEngine([pipeline]).RunAsync(settings, TestContext.Current.CancellationToken), writer);
    }
}
