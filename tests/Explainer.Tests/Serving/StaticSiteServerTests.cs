using System.Net;
using Explainer.Cli.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Serving;

public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly TempFolder _site = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StaticSiteServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _site.Write("index.html", "<!doctype html><title>home</title>");
        _site.Write("putin-nordkorea/index.html", "<!doctype html><title>explainer</title>");
        _site.Write("assets/site.css", "body{}");
        _site.Write("assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _site.Write("empty/readme.txt", "no index here");
        _server = await StaticSiteServer.StartAsync(
            new StaticSiteServerOptions(_site.Path) { BasePath = "explainer" }, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public void Port_zero_binds_a_free_port_on_loopback_and_reports_the_url_with_the_base_path()
    {
        Assert.Equal("127.0.0.1", _server.Url.Host);
        Assert.NotEqual(0, _server.Url.Port);
        Assert.Equal("/explainer/", _server.Url.AbsolutePath);
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8", "home")]
    [InlineData("putin-nordkorea/", "text/html; charset=utf-8", "explainer")]
    [InlineData("putin-nordkorea/index.html", "text/html; charset=utf-8", "explainer")]
    [InlineData("assets/site.css", "text/css; charset=utf-8", "body{}")]
    [InlineData("assets/favicon.svg", "image/svg+xml; charset=utf-8", "<svg")]
    public async Task Serves_files_and_folder_indexes_with_their_content_type(string path, string contentType, string content)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Contains(content, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/explainer/putin-nordkorea", "/explainer/putin-nordkorea/")]
    [InlineData("/explainer/putin-nordkorea?x=1", "/explainer/putin-nordkorea/?x=1")]
    [InlineData("/explainer", "/explainer/")]
    public async Task A_folder_without_its_trailing_slash_redirects_to_it(string path, string location)
    {
        using var response = await _http.GetAsync(new Uri(_server.Url, path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/missing.html")]
    [InlineData("/index.html")]
    [InlineData("/explainer/missing/")]
    [InlineData("/explainer/empty/")]
    [InlineData("/explainer/assets/site.css/")]
    [InlineData("/explainer/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/explainer/..%2f..%2fetc%2fpasswd")]
    public async Task Anything_else_is_404_and_never_leaves_the_folder(string path)
    {
        using var response = await _http.GetAsync(new Uri(_server.Url, path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_answers_with_the_sites_own_404_page_when_it_has_one()
    {
        _site.Write("404.html", "<!doctype html><title>not here</title>");

        using var response = await GetAsync("nothing/here/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("not here", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_without_a_body_and_other_methods_are_refused()
    {
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(_server.Url, "assets/site.css")), TestContext.Current.CancellationToken);
        using var post = await _http.PostAsync(_server.Url, new StringContent("x"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(6, head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("a.webp", "image/webp")]
    [InlineData("a.avif", "image/avif")]
    [InlineData("a.vtt", "text/vtt; charset=utf-8")]
    [InlineData("a.mp4", "video/mp4")]
    [InlineData("a.webm", "video/webm")]
    [InlineData("a.mp3", "audio/mpeg")]
    [InlineData("a.m4a", "audio/mp4")]
    [InlineData("a.ogg", "audio/ogg")]
    [InlineData("a.opus", "audio/ogg")]
    [InlineData("a.json", "application/json; charset=utf-8")]
    [InlineData("a.xml", "application/xml; charset=utf-8")]
    [InlineData("a.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("a.woff2", "font/woff2")]
    [InlineData("a.woff", "font/woff")]
    [InlineData("a.webmanifest", "application/manifest+json; charset=utf-8")]
    [InlineData("a.ico", "image/x-icon")]
    [InlineData("a.js", "text/javascript; charset=utf-8")]
    [InlineData("a.unknown", "application/octet-stream")]
    public async Task Media_fonts_and_data_files_have_their_registered_content_type(string name, string contentType)
    {
        _site.Write("types/" + name, "x");

        using var response = await GetAsync("types/" + name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("GET", "/explainer/")]
    [InlineData("GET", "/explainer/putin-nordkorea")]
    [InlineData("GET", "/explainer/missing/")]
    [InlineData("POST", "/explainer/")]
    [InlineData("HEAD", "/explainer/assets/site.css")]
    public async Task Every_response_forbids_sniffing_and_referrers_and_no_response_forbids_framing(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_server.Url, path));
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        // Sections are embedded in iframes on other sites: nothing may stop that.
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_folder_without_an_index_is_404_and_lists_nothing()
    {
        using var response = await GetAsync("empty/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("readme", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disposed_server_no_longer_answers()
    {
        var url = _server.Url;
        await _server.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync(url, TestContext.Current.CancellationToken));
    }

    private Task<HttpResponseMessage> GetAsync(string relative) =>
        _http.GetAsync(new Uri(_server.Url, relative), TestContext.Current.CancellationToken);
}
