using System.Net;
using Explainer.Cli.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Serving;

/// <summary>
/// <c>explainer serve</c> in-process on copies of input/ and theme/: live reload over server-sent
/// events, errors pushed to the pages, the last good site kept, and a reload script that lives in
/// responses only, never in the files.
/// </summary>
public sealed class ServeSessionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder _temp = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private readonly HttpClient _http = new();
    private ServeSession _session = null!;

    private string Input => _temp.Combine("input");

    private string Output => _temp.Combine("_site");

    private string Article => Path.Combine(Input, "putin-nordkorea", "article.md");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _temp.CopyFrom(Repository.Input, "input");
        _temp.CopyFrom(Repository.Theme, "theme");
        _session = await ServeSession.StartAsync(new ServeOptions(Input, Output, _temp.Combine("theme")), _stdout, _stderr, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        _http.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_but_the_files_in_the_output_folder_never_have_it()
    {
        var page = await _http.GetStringAsync(new Uri(_session.Url, "putin-nordkorea/"), Cancel);
        using var script = await _http.GetAsync(new Uri(_session.Url, LiveReload.ScriptPath), Cancel);

        Assert.Contains(LiveReload.ScriptTag + "</body>", page, StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource('/__explainer/events')", await script.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        AssertNoFileHasTheScript();

        // A rebuild writes a new output folder: still no script in it.
        var rebuilt = NextBuildAsync();
        TextFile.Replace(Article, "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");
        await rebuilt;
        AssertNoFileHasTheScript();
    }

    [Fact]
    public async Task An_edit_reloads_a_broken_front_matter_sends_its_error_lines_and_the_fix_reloads_again()
    {
        await using var events = await EventStream.OpenAsync(new Uri(_session.Url, LiveReload.EventsPath), Cancel);
        Assert.Equal("text/event-stream", events.ContentType);

        TextFile.Replace(Article, "gibt es zwei Ansichten.", "gibt es zwei Meinungen.");
        await events.NextMatchingAsync((name, _) => name == "reload", Patience, Cancel);
        Assert.Contains("zwei Meinungen", await PageAsync(), StringComparison.Ordinal);

        TextFile.ReplaceLine(Article, 3, "dek: a: b");
        var (_, data) = await events.NextMatchingAsync((name, data) => name == "build-error" && data.Contains("XPL0101", StringComparison.Ordinal), Patience, Cancel);
        Assert.Matches(@"input/putin-nordkorea/article\.md\(3,7\): error XPL0101: invalid YAML", data);
        Assert.Contains("zwei Meinungen", await PageAsync(), StringComparison.Ordinal); // the last good site
        Assert.Matches(@"article\.md\(3,7\): error XPL0101", _stderr.ToString());

        // A page opened while the build is broken hears of it at once.
        await using (var late = await EventStream.OpenAsync(new Uri(_session.Url, LiveReload.EventsPath), Cancel))
        {
            Assert.Equal("build-error", (await late.NextAsync(Patience, Cancel)).Name);
        }

        TextFile.ReplaceLine(Article, 3, "dek: Russland und Nordkorea schließen einen Beistandspakt.");
        await events.NextMatchingAsync((name, _) => name == "reload", Patience, Cancel);
        Assert.Contains("Russland und Nordkorea schließen einen Beistandspakt.", await PageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_temporary_files_do_not_start_a_rebuild()
    {
        var builds = 0;
        _session.Built += _ => Interlocked.Increment(ref builds);
        var folder = Path.GetDirectoryName(Article)!;

        foreach (var name in new[] { ".article.md.swp", "article.md~", "4913", "#article.md#", ".#article.md" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), "x", Cancel);
        }

        Directory.CreateDirectory(Path.Combine(Input, ".schemas"));
        await File.WriteAllTextAsync(Path.Combine(Input, ".schemas", "x.json"), "{}", Cancel);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
        Assert.Equal(0, Volatile.Read(ref builds));

        var rebuilt = NextBuildAsync();
        await File.AppendAllTextAsync(Article, "\n", Cancel);
        var build = await rebuilt;
        Assert.Equal([Article], build.Changes); // one append, one rebuild: nothing of the files above
    }

    [Fact]
    public async Task The_site_is_served_under_the_path_of_site_yml_base_url()
    {
        await _session.DisposeAsync();
        File.AppendAllText(Path.Combine(Input, "site.yml"), "base_url: https://example-org.github.io/explainer-repo/\n");
        _session = await ServeSession.StartAsync(new ServeOptions(Input, Output, _temp.Combine("theme")), _stdout, _stderr, Cancel);

        Assert.Equal("/explainer-repo/", _session.Url.AbsolutePath);
        Assert.Contains($"Serving {_session.Url}", _stdout.ToString(), StringComparison.Ordinal);
        using var response = await _http.GetAsync(new Uri(_session.Url, "putin-nordkorea/"), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/explainer-repo/assets/", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private Task<string> PageAsync() => _http.GetStringAsync(new Uri(_session.Url, "putin-nordkorea/"), Cancel);

    private Task<ServeBuild> NextBuildAsync() => _session.NextGoodBuildAsync(Patience, Cancel);

    private void AssertNoFileHasTheScript()
    {
        var pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");
        Assert.All(pages, page => Assert.DoesNotContain("__explainer", File.ReadAllText(page), StringComparison.Ordinal));
    }
}
