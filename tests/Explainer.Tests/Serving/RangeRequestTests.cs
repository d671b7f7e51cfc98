using Explainer.Cli.Serving;

namespace Explainer.Tests.Serving;

/// <summary>The Range header read against a representation's length (RFC 9110 §14.1.2).</summary>
public sealed class RangeRequestTests
{
    [Theory]
    [InlineData("bytes=0-99", 1000, 0, 100)]
    [InlineData("bytes=0-0", 1, 0, 1)]
    [InlineData("bytes=500-", 1000, 500, 500)]
    [InlineData("bytes=-1", 1000, 999, 1)]
    [InlineData("bytes=-1000", 1000, 0, 1000)]
    [InlineData("bytes=-99999999999999999999", 1000, 0, 1000)]
    [InlineData("bytes=10-99999999999999999999", 1000, 10, 990)]
    [InlineData("Bytes=1-2", 1000, 1, 2)]
    public void A_single_range_is_the_part_it_names_cut_to_the_length(string header, long length, long start, long count) =>
        Assert.Equal(new RangeRequest.Part(start, count), RangeRequest.Parse(header, length));

    [Theory]
    [InlineData("bytes=1000-", 1000)]
    [InlineData("bytes=-0", 1000)]
    [InlineData("bytes=0-", 0)]
    public void A_range_that_starts_past_the_end_or_asks_for_nothing_is_unsatisfiable(string header, long length) =>
        Assert.IsType<RangeRequest.Unsatisfiable>(RangeRequest.Parse(header, length));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bytes=")]
    [InlineData("bytes=-")]
    [InlineData("bytes=2-1")]
    [InlineData("bytes=0-1,3-4")]
    [InlineData("bytes=0 - 1")]
    [InlineData("bytes=-1-2")]
    [InlineData("bytes=0x10-")]
    [InlineData("lines=0-1")]
    public void Anything_else_is_ignored(string? header) =>
        Assert.IsType<RangeRequest.Whole>(RangeRequest.Parse(header, 1000));

    [Fact]
    public void A_suffix_range_of_an_empty_representation_sends_it_whole() =>
        Assert.IsType<RangeRequest.Whole>(RangeRequest.Parse("bytes=-10", 0));
}
