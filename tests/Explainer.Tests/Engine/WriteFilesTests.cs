using Explainer.Engine;
using Explainer.Modules;
using Explainer.Tests.Support;

namespace Explainer.Tests.Engine;

/// <summary>WriteFiles writes what has a destination and hands on documents without their bytes.</summary>
public sealed class WriteFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Written_documents_come_out_without_their_content_and_say_what_was_written()
    {
        var result = await RunAsync(previous: null);

        var written = result.Outputs["Write"];
        Assert.Equal(["a", "b"], written.Select(d => d.Source));
        Assert.All(written, d => Assert.True(d.Content.IsEmpty));
        Assert.All(written, d => Assert.Equal(new WriteOutcome(1, Unchanged: false), d.Get<WriteOutcome>(WriteFiles.OutcomeKey)));
        Assert.Equal("a", File.ReadAllText(_temp.Combine("out", "a.out")));
    }

    [Fact]
    public async Task A_file_with_the_same_bytes_in_the_previous_site_is_not_written_again()
    {
        var previous = _temp.Combine("previous");
        _temp.Write("previous/a.out", "a");
        _temp.Write("previous/b.out", "old b");

        var result = await RunAsync(previous);

        var outcomes = result.Outputs["Write"].Select(d => d.Get<WriteOutcome>(WriteFiles.OutcomeKey).Unchanged);
        Assert.Equal([true, false], outcomes);
        Assert.False(File.Exists(_temp.Combine("out", "a.out")));
        Assert.Equal("b", File.ReadAllText(_temp.Combine("out", "b.out")));
        Assert.Equal("old b", File.ReadAllText(Path.Combine(previous, "b.out")));
    }

    [Fact]
    public async Task A_file_with_the_same_bytes_that_the_previous_build_did_not_write_is_not_compared_but_written()
    {
        var previous = _temp.Combine("previous");
        _temp.Write("previous/a.out", "a");

        var result = await RunAsync(previous, previousSite: new HashSet<string>(StringComparer.Ordinal));

        Assert.All(result.Outputs["Write"], d => Assert.False(d.Get<WriteOutcome>(WriteFiles.OutcomeKey).Unchanged));
        Assert.Equal("a", File.ReadAllText(_temp.Combine("out", "a.out")));
    }

    private Task<EngineResult> RunAsync(string? previous, IReadOnlySet<string>? previousSite = null)
    {
        var settings = new BuildSettings(_temp.Combine("in"), _temp.Combine("out"), _temp.Combine("theme"))
        {
            PreviousOutputFolder = previous,
            PreviousSiteFiles = previousSite ?? new HashSet<string>(["a.out", "b.out"], StringComparer.Ordinal),
        };
        var pipeline = new Pipeline("Write").WithInput(new CreateDocuments("a", "b")).WithOutput(new WriteFiles());
        return new PipelineEngine([pipeline]).RunAsync(settings, TestContext.Current.CancellationToken);
    }
}
