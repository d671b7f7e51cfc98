using Explainer.Cli;
using Explainer.Cli.Serving;
using Explainer.Publishing;
using Explainer.Site;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Publishing;

/// <summary>
/// The site is resolved once per build (site.yml and the public URL) and everything that needs its
/// URL takes it from there: the pages, the feeds, <c>check</c>, <c>serve</c> and the build's summary.
/// </summary>
public sealed class ResolvedSiteTests : IDisposable
{
    private const string FromFile = "https://example-org.github.io/explainer-repo/";
    private static readonly Uri FromOption = new("https://example.net/from-option/");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static SiteSettings Settings(string? baseUrl) =>
        new("S", baseUrl is null ? null : new Uri(baseUrl), "de", null, [], [], []);

    [Fact]
    public void The_base_url_option_wins_over_site_yml_and_its_path_is_the_base_path()
    {
        var site = ResolvedSite.Of(Settings(FromFile), FromOption);

        Assert.Equal(FromOption, site.BaseUrl);
        Assert.Equal(FromOption, site.Settings.BaseUrl);
        Assert.Equal("/from-option/", site.BasePath);
        Assert.Equal("https://example.net/from-option/slug/", site.Public("slug/"));
    }

    [Fact]
    public void Without_the_option_site_yml_base_url_and_its_path_count()
    {
        var site = ResolvedSite.Of(Settings(FromFile), baseUrlOption: null);

        Assert.Equal("/explainer-repo/", site.BasePath);
        Assert.Equal(FromFile + "feed.xml", site.Public("feed.xml"));
    }

    [Fact]
    public void Without_a_public_url_the_site_lives_at_the_root_and_its_urls_are_paths()
    {
        var site = ResolvedSite.Of(Settings(null), baseUrlOption: null);

        Assert.Null(site.BaseUrl);
        Assert.Equal("/", site.BasePath);
        Assert.Equal("/slug/", site.Public("slug/"));
    }

    [Fact]
    public async Task A_build_hands_on_the_site_it_resolved_and_its_pages_and_feed_use_it()
    {
        var input = InputWithSiteYmlBaseUrl();
        var output = _temp.Combine("site");

        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, output, Repository.Theme, FromOption), Cancel);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("/from-option/", result.Site?.BasePath);
        Assert.Contains("href=\"/from-option/putin-nordkorea/\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.net/from-option/putin-nordkorea/</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_still_hands_on_the_site_it_resolved()
    {
        var input = InputWithSiteYmlBaseUrl();
        TextFile.Replace(Path.Combine(input, "putin-nordkorea", "article.md"), "gibt es zwei Ansichten.", "gibt es [zwei Ansichten](#nirgends).");
        File.AppendAllText(Path.Combine(input, "putin-nordkorea", "explainer.yml"), "\nunknown_key: 1\n");

        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, _temp.Combine("site"), Repository.Theme), Cancel);

        Assert.NotEmpty(result.Diagnostics);
        Assert.Equal("/explainer-repo/", result.Site?.BasePath);
    }

    [Fact]
    public async Task Check_checks_the_links_against_site_yml_base_path()
    {
        var result = await SiteChecker.CheckAsync(InputWithSiteYmlBaseUrl(), Repository.Theme, cancellationToken: Cancel);

        Assert.True(result.Built);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.LinksChecked > 0);
    }

    [Fact]
    public async Task Serve_serves_under_site_yml_base_path_and_the_option_overrides_it()
    {
        var input = InputWithSiteYmlBaseUrl();
        using var http = new HttpClient();
        foreach (var (option, path) in new[] { ((Uri?)null, "/explainer-repo/"), (FromOption, "/from-option/") })
        {
            await using var session = await ServeSession.StartAsync(
                new ServeOptions(input, _temp.Combine("serve" + path.Trim('/')), Repository.Theme, option), TextWriter.Null, TextWriter.Null, Cancel);

            Assert.Equal(path, session.Url.AbsolutePath);
            var page = await http.GetStringAsync(new Uri(session.Url, "putin-nordkorea/"), Cancel);
            Assert.Contains($"href=\"{path}", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_summary_measures_the_budgets_under_the_base_path_the_pages_use()
    {
        var atRoot = Budgets(_temp.CopyFrom(Repository.Input, "root-input"), "root");
        var underPath = Budgets(InputWithSiteYmlBaseUrl(), "repo");

        // Under a wrong base path the pages' JavaScript would not be found, and weigh nothing. (The
        // largest page differs: with a public URL, pages carry absolute URLs.)
        Assert.StartsWith("Budgets: JavaScript ", atRoot, StringComparison.Ordinal);
        Assert.DoesNotContain("Budgets: JavaScript 0 ", atRoot, StringComparison.Ordinal);
        Assert.Equal(atRoot.Split(';')[0], underPath.Split(';')[0]);
    }

    private string Budgets(string input, string name)
    {
        using var stdout = new StringWriter();
        var exit = Program.Run(["build", "--input", input, "--output", _temp.Combine(name), "--theme", Repository.Theme], stdout, TextWriter.Null);
        Assert.Equal(Program.Success, exit);
        return stdout.ToString().Split('\n').Single(l => l.StartsWith("Budgets: ", StringComparison.Ordinal));
    }

    private string InputWithSiteYmlBaseUrl()
    {
        var input = _temp.CopyFrom(Repository.Input, "input-" + Guid.NewGuid().ToString("N")[..8]);
        File.AppendAllText(Path.Combine(input, "site.yml"), $"base_url: {FromFile}\n");
        return input;
    }
}
