using AngleSharp.Html.Parser;
using Explainer.Tests.Build;

namespace Explainer.Tests.Publishing;

/// <summary>
/// site.yml's base_url is the public URL when --base-url is not given: its path is the base path of
/// every link, as with --base-url (a project site at https://org.github.io/repo/ needs /repo/ links).
/// </summary>
public sealed class SiteYmlBaseUrlTests : IDisposable
{
    private readonly SiteBuild _build = new();

    public void Dispose() => _build.Dispose();

    [Fact]
    public async Task The_path_of_site_yml_base_url_prefixes_every_link_when_no_base_url_option_is_given()
    {
        var input = _build.CopyInput();
        File.AppendAllText(Path.Combine(input, "site.yml"), "base_url: https://example-org.github.io/explainer-repo/\n");

        var result = await _build.RunAsync(input);

        Assert.Empty(result.Diagnostics);
        foreach (var page in new[] { "index.html", "putin-nordkorea/index.html", "404.html" })
        {
            var document = new HtmlParser().ParseDocument(_build.ReadOutput(page));
            var rootRelative = document.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => u.StartsWith('/'))
                .ToList();
            Assert.NotEmpty(rootRelative);
            Assert.All(rootRelative, url => Assert.StartsWith("/explainer-repo/", url, StringComparison.Ordinal));
        }
    }
}
