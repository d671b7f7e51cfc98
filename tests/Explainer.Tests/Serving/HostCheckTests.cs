using System.Globalization;
using System.Net;
using Explainer.Cli;
using Explainer.Cli.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Serving;

/// <summary>
/// The DNS-rebinding defence: the server answers only requests that name an allowed host and its
/// port in Host, and gives the live-reload stream only to pages of those origins.
/// </summary>
public sealed class HostCheckTests : IAsyncLifetime
{
    private readonly TempFolder _site = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly LiveReload _liveReload = new();
    private StaticSiteServer _server = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private int Port => _server.Url.Port;

    public async ValueTask InitializeAsync()
    {
        _site.Write("index.html", "<!doctype html><title>home</title><body>the page</body>");
        _server = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(_site.Path) { LiveReload = _liveReload }, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        _liveReload.Close();
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("localhost:1")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]:1")]
    [InlineData("[0:0:0:0:0:0:0:2]:{port}")]
    public async Task A_foreign_host_or_another_port_gets_421_with_a_reason_and_no_page(string host)
    {
        foreach (var path in new[] { "/", LiveReload.ScriptPath, LiveReload.EventsPath })
        {
            using var response = await SendAsync(HttpMethod.Get, path, host: host.Replace("{port}", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            var body = await response.Content.ReadAsStringAsync(Cancel);

            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Equal(
                $"This server answers only for localhost, 127.0.0.1 and [::1] on port {Port}; '{host.Replace("{port}", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)}' is not one of them (explainer serve --host NAME adds one).\n",
                body);
            Assert.DoesNotContain("the page", body, StringComparison.Ordinal);
            Assert.DoesNotContain("EventSource", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Each_loopback_name_with_the_port_is_answered(string name)
    {
        using var response = await SendAsync(HttpMethod.Get, "/", host: $"{name}:{Port}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the page", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowed_hosts_add_a_name_and_the_refusal_lists_it()
    {
        await using var server = await StaticSiteServer.StartAsync(
            new StaticSiteServerOptions(_site.Path) { AllowedHosts = [.. StaticSiteServerOptions.LoopbackHosts, "Dev.Test"] }, Cancel);
        var port = server.Url.Port;

        using var added = await SendAsync(HttpMethod.Get, new Uri(server.Url, "/"), $"dev.test:{port}");
        using var other = await SendAsync(HttpMethod.Get, new Uri(server.Url, "/"), $"other.test:{port}");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, other.StatusCode);
        Assert.StartsWith($"This server answers only for localhost, 127.0.0.1, [::1] and Dev.Test on port {port};", await other.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_answers_for_the_names_of_its_host_option_too()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(Repository.Input, "input");
        await using var session = await ServeSession.StartAsync(
            new ServeOptions(input, temp.Combine("_site"), Repository.Theme) { ExtraHosts = ["dev.test"] }, TextWriter.Null, TextWriter.Null, Cancel);
        var port = session.Url.Port;

        using var added = await SendAsync(HttpMethod.Get, session.Url, $"dev.test:{port}");
        using var loopback = await SendAsync(HttpMethod.Get, session.Url, $"localhost:{port}");
        using var other = await SendAsync(HttpMethod.Get, session.Url, $"other.test:{port}");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, loopback.StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, other.StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost.evil.example:{port}")]
    [InlineData("http://localhost:1")]
    [InlineData("https://localhost:{port}")]
    [InlineData("http://localhost")]
    [InlineData("null")]
    public async Task The_event_stream_refuses_a_page_of_another_origin_with_403(string origin)
    {
        origin = origin.Replace("{port}", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await SendAsync(HttpMethod.Get, LiveReload.EventsPath, origin: origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            $"The live-reload stream answers only pages from http://localhost, http://127.0.0.1, http://[::1] on port {Port}; origin '{origin}' is not one of them.\n",
            await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(0, _liveReload.Connections);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:{port}")]
    [InlineData("http://localhost:{port}")]
    [InlineData("http://[::1]:{port}")]
    public async Task The_event_stream_is_open_to_pages_of_the_allowed_origins_and_to_requests_without_origin(string? origin)
    {
        using var response = await SendAsync(HttpMethod.Get, LiveReload.EventsPath, origin: origin?.Replace("{port}", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_origin_on_other_urls_is_no_reason_to_refuse()
    {
        // Pages embedding a section from another site load it cross-origin: only the event stream is guarded.
        using var response = await SendAsync(HttpMethod.Get, "/", origin: "https://news.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("dev.example", true)]
    [InlineData("xn--bcher-kva.example", true)]
    [InlineData("::1", true)]
    [InlineData("[::1]", true)]
    [InlineData("http://dev.example", false)]
    [InlineData("dev.example:8080", false)]
    [InlineData("dev.example/path", false)]
    [InlineData("[dev.example]", false)]
    [InlineData("", false)]
    public void The_host_option_takes_host_names_only(string value, bool valid)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // A port out of range stops every run at parsing, so that a valid --host does not start serving.
        var exit = Program.Run(["serve", "--host", value, "--port", "70000"], stdout, stderr);

        Assert.Equal(Program.UsageError, exit);
        Assert.Contains("--port must be between 0 and 65535.", stderr.ToString(), StringComparison.Ordinal);
        var refusal = $"--host takes a host name without scheme, path or port, e.g. --host dev.example; '{value}' is not one.";
        Assert.Equal(!valid, stderr.ToString().Contains(refusal, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? host = null, string? origin = null) =>
        SendAsync(method, new Uri(_server.Url, path), host, origin);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, string? host, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancel);
    }
}
