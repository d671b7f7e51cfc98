using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Explainer.Cli.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Serving;

/// <summary>ETags and 304, byte ranges and 206/416, If-Range and HEAD, for files and for pages changed by live reload as they are sent.</summary>
public sealed class ConditionalRequestTests : IAsyncLifetime
{
    private const string Page = "<!doctype html><title>page</title><body><p>Text of the page.</p></body>";
    private readonly TempFolder _site = new();
    private readonly HttpClient _http = new();
    private readonly LiveReload _liveReload = new();
    private readonly byte[] _clip = new byte[1000];
    private StaticSiteServer _plain = null!;
    private StaticSiteServer _live = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        new Random(21).NextBytes(_clip);
        File.WriteAllBytes(_site.Combine("clip.mp4"), _clip);
        _site.Write("page/index.html", Page);
        _plain = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(_site.Path), Cancel);
        _live = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(_site.Path) { LiveReload = _liveReload }, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        _liveReload.Close();
        await _plain.DisposeAsync();
        await _live.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_range_of_a_binary_file_is_206_with_exactly_those_bytes()
    {
        using var response = await SendAsync(_plain, "clip.mp4", r => r.Headers.Range = new RangeHeaderValue(0, 99));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 0-99/1000", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(100, response.Content.Headers.ContentLength);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(_clip[..100], await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("talk.mp3", "audio/mpeg")]
    [InlineData("talk.m4a", "audio/mp4")]
    [InlineData("talk.ogg", "audio/ogg")]
    [InlineData("talk.opus", "audio/ogg")]
    public async Task An_audio_file_is_sent_in_ranges_with_its_audio_type_so_a_player_can_seek(string name, string contentType)
    {
        // What a player asks when it starts (an open range) and when the reader seeks (a range from the middle).
        File.WriteAllBytes(_site.Combine(name), _clip);
        using var start = await SendAsync(_plain, name, r => r.Headers.TryAddWithoutValidation("Range", "bytes=0-"));
        using var seek = await SendAsync(_plain, name, r => r.Headers.TryAddWithoutValidation("Range", "bytes=600-"));

        Assert.Equal(HttpStatusCode.PartialContent, start.StatusCode);
        Assert.Equal("bytes 0-999/1000", start.Content.Headers.ContentRange?.ToString());
        Assert.Equal(HttpStatusCode.PartialContent, seek.StatusCode);
        Assert.Equal("bytes 600-999/1000", seek.Content.Headers.ContentRange?.ToString());
        Assert.Equal(_clip[600..], await seek.Content.ReadAsByteArrayAsync(Cancel));
        Assert.All(new[] { start, seek }, r => Assert.Equal(contentType, r.Content.Headers.ContentType?.ToString()));
        Assert.Equal("bytes", Assert.Single(seek.Headers.AcceptRanges));
    }

    [Theory]
    [InlineData("bytes=-100", 900, 999)]
    [InlineData("bytes=-5000", 0, 999)]
    [InlineData("bytes=900-", 900, 999)]
    [InlineData("bytes=990-5000", 990, 999)]
    [InlineData("bytes=999-999", 999, 999)]
    [InlineData("BYTES=10-19", 10, 19)]
    public async Task Suffix_open_and_overlong_ranges_are_cut_to_the_file(string range, int first, int last)
    {
        using var response = await SendAsync(_plain, "clip.mp4", r => r.Headers.TryAddWithoutValidation("Range", range));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {first}-{last}/1000", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(_clip[first..(last + 1)], await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=1000-1100")]
    [InlineData("bytes=-0")]
    [InlineData("bytes=99999999999999999999999-")]
    public async Task A_range_past_the_end_is_416_with_the_length(string range)
    {
        using var response = await SendAsync(_plain, "clip.mp4", r => r.Headers.TryAddWithoutValidation("Range", range));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */1000", response.Content.Headers.ContentRange?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("bytes=0-9,20-29")]
    [InlineData("bytes=9-0")]
    [InlineData("bytes=a-9")]
    [InlineData("bytes=-")]
    [InlineData("bytes=5")]
    [InlineData("items=0-9")]
    [InlineData("bytes=+1-9")]
    public async Task An_invalid_or_multiple_range_is_ignored_and_the_whole_file_sent(string range)
    {
        using var response = await SendAsync(_plain, "clip.mp4", r => r.Headers.TryAddWithoutValidation("Range", range));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentRange);
        Assert.Equal(_clip, await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task Head_gets_the_headers_of_get_without_a_body()
    {
        foreach (var range in new[] { null, "bytes=100-199", "bytes=2000-" })
        {
            void Prepare(HttpRequestMessage request)
            {
                if (range is not null)
                {
                    request.Headers.TryAddWithoutValidation("Range", range);
                }
            }

            using var get = await SendAsync(_plain, "clip.mp4", Prepare);
            using var head = await SendAsync(_plain, "clip.mp4", Prepare, HttpMethod.Head);

            Assert.Equal(get.StatusCode, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
            Assert.Equal(get.Content.Headers.ContentRange, head.Content.Headers.ContentRange);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal(get.Headers.AcceptRanges, head.Headers.AcceptRanges);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Fact]
    public async Task The_etag_comes_back_as_304_without_a_body_until_the_file_changes()
    {
        using var first = await SendAsync(_plain, "clip.mp4");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("bytes", Assert.Single(first.Headers.AcceptRanges));
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

        foreach (var ifNoneMatch in new[] { etag.Tag, "W/" + etag.Tag, $"\"other\", {etag.Tag}", "*" })
        {
            using var again = await SendAsync(_plain, "clip.mp4", r => r.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch));
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(etag, again.Headers.ETag);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
        }

        File.WriteAllBytes(_site.Combine("clip.mp4"), [.. _clip, 1]);
        File.SetLastWriteTimeUtc(_site.Combine("clip.mp4"), DateTime.UtcNow.AddMinutes(1));
        using var changed = await SendAsync(_plain, "clip.mp4", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(1001, (await changed.Content.ReadAsByteArrayAsync(Cancel)).Length);
    }

    [Fact]
    public async Task If_range_with_the_etag_gets_the_range_and_with_another_the_whole_file()
    {
        using var first = await SendAsync(_plain, "clip.mp4");
        var etag = first.Headers.ETag!.Tag;

        using var same = await SendAsync(_plain, "clip.mp4", r => AddRange(r, "bytes=0-9", etag));
        using var other = await SendAsync(_plain, "clip.mp4", r => AddRange(r, "bytes=0-9", "\"older\""));
        using var weak = await SendAsync(_plain, "clip.mp4", r => AddRange(r, "bytes=0-9", "W/" + etag));
        using var date = await SendAsync(_plain, "clip.mp4", r => AddRange(r, "bytes=0-9", "Wed, 21 Oct 2015 07:28:00 GMT"));

        Assert.Equal(HttpStatusCode.PartialContent, same.StatusCode);
        Assert.Equal(_clip[..10], await same.Content.ReadAsByteArrayAsync(Cancel));
        foreach (var whole in new[] { other, weak, date })
        {
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
            Assert.Equal(_clip, await whole.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Fact]
    public async Task A_page_with_live_reload_has_its_own_etag_and_ranges_over_the_bytes_as_sent()
    {
        using var plain = await SendAsync(_plain, "page/");
        using var live = await SendAsync(_live, "page/");
        var sent = await live.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(Page, await plain.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(LiveReload.ScriptTag + "</body>", Encoding.UTF8.GetString(sent), StringComparison.Ordinal);
        Assert.NotEqual(plain.Headers.ETag, live.Headers.ETag);
        Assert.False(live.Headers.ETag!.IsWeak);

        using var tail = await SendAsync(_live, "page/", r => r.Headers.TryAddWithoutValidation("Range", "bytes=-60"));
        Assert.Equal(HttpStatusCode.PartialContent, tail.StatusCode);
        Assert.Equal($"bytes {sent.Length - 60}-{sent.Length - 1}/{sent.Length}", tail.Content.Headers.ContentRange?.ToString());
        Assert.Equal(sent[^60..], await tail.Content.ReadAsByteArrayAsync(Cancel));

        using var revalidated = await SendAsync(_live, "page/", r => r.Headers.IfNoneMatch.Add(live.Headers.ETag));
        using var plainTagOnLive = await SendAsync(_live, "page/", r => r.Headers.IfNoneMatch.Add(plain.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, plainTagOnLive.StatusCode);
    }

    [Fact]
    public async Task The_live_reload_script_is_revalidated_by_etag_too()
    {
        using var script = await SendAsync(_live, LiveReload.ScriptPath);
        using var again = await SendAsync(_live, LiveReload.ScriptPath, r => r.Headers.IfNoneMatch.Add(script.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    private static void AddRange(HttpRequestMessage request, string range, string ifRange)
    {
        request.Headers.TryAddWithoutValidation("Range", range);
        request.Headers.TryAddWithoutValidation("If-Range", ifRange);
    }

    private async Task<HttpResponseMessage> SendAsync(StaticSiteServer server, string path, Action<HttpRequestMessage>? prepare = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(server.Url, path));
        prepare?.Invoke(request);
        return await _http.SendAsync(request, Cancel);
    }
}
