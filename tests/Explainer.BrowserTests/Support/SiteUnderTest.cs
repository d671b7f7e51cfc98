using Explainer.Cli.Serving;
using Microsoft.Playwright;
using Explainer.Build;

namespace Explainer.BrowserTests.Support;

/// <summary>One HTML page the build wrote.</summary>
/// <param name="File">Its path in the output folder, e.g. <c>putin-nordkorea/index.html</c>.</param>
/// <param name="Url">The URL the server answers it at, e.g. <c>http://127.0.0.1:41237/explainer/putin-nordkorea/</c>.</param>
public sealed record SitePage(string File, Uri Url)
{
    public override string ToString() => Url.AbsolutePath;
}

/// <summary>
/// The shipped explainer, built into a temporary folder and served on 127.0.0.1 (a free port) under
/// <c>/explainer/</c>, the way GitHub serves a project site; built with that base URL, so every link
/// carries the sub-path. The input is a copy of the repository's with a short second explainer, led
/// by a drawn image (the seed leads with its map), and <c>index_page_size: 1</c>, so that the index
/// has two pages and every test of every page covers its navigation and both kinds of lead and card.
/// Also holds the one Chromium every test shares, launched on first use.
/// </summary>
public sealed class SiteUnderTest : IAsyncLifetime
{
    public const string BasePath = "/explainer/";
    public const string SeedExplainerPath = BasePath + "putin-nordkorea/";

    /// <summary>The second explainer's slug: it is listed on the index's second page.</summary>
    public const string SecondExplainerSlug = "verzeichnis-seiten";

    /// <summary>The second explainer's hero: a drawn image 1000 by 600 pixels (the lead fixture's), <c>media/titelbild.png</c>.</summary>
    public const string SecondExplainerHero = "titelbild";

    private readonly SemaphoreSlim _browserLock = new(1, 1);
    private readonly string _run = Path.Combine(Path.GetTempPath(), "explainer-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticSiteServer? _server;

    /// <summary>The built site's folder.</summary>
    public string Folder => Path.Combine(_run, "site");

    /// <summary>The input the site is built from (see the class summary).</summary>
    public string Input => Path.Combine(_run, "input");

    public Uri Url => Server.Url;

    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("the site is not served yet");

    /// <summary>Every HTML page the build wrote, found in the output folder, so new pages are covered without a change here.</summary>
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];

    public SitePage SeedExplainer => Pages.Single(p => p.Url.AbsolutePath == SeedExplainerPath);

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Folders.Copy(RepositoryPaths.Input, Input);
        File.AppendAllText(Path.Combine(Input, "site.yml"), "index_page_size: 1\n");
        Directory.CreateDirectory(Path.Combine(Input, SecondExplainerSlug));
        File.WriteAllText(Path.Combine(Input, SecondExplainerSlug, "article.md"), $"""
            ---
            title: Wie das Verzeichnis blättert
            dek: Ein kurzes zweites Erklärstück, damit das Verzeichnis zwei Seiten hat.
            published: 2024-06-01T12:00:00+02:00
            hero: {SecondExplainerHero}
            ---

            Das Verzeichnis zeigt höchstens so viele Erklärstücke auf einer Seite, wie es die Einstellung
            `index_page_size` in site.yml sagt; die übrigen folgen auf weiteren Seiten.
            """);

        Directory.CreateDirectory(Path.Combine(Input, SecondExplainerSlug, "media"));
        File.Copy(RepositoryPaths.LeadImage, Path.Combine(Input, SecondExplainerSlug, "media", SecondExplainerHero + ".png"));
        File.WriteAllText(Path.Combine(Input, SecondExplainerSlug, "explainer.yml"), $"""
            media:
              - id: {SecondExplainerHero}
                type: image
                src: media/{SecondExplainerHero}.png
                alt: Eine orange Sonne über einem grünen Hügel.
                caption: Ein gezeichnetes Titelbild.
                credit: "Zeichnung: Testredaktion"
            """);

        ImageFocusExplainer.AddTo(Input);

        // The server comes first: its port is part of the base URL the site is built with.
        _server = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(Folder) { BasePath = BasePath });
        var result = await new SiteBuilder().BuildAsync(
            new BuildOptions(Input, Folder, RepositoryPaths.Theme, _server.Url));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The site did not build:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        }

        Pages = Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Folder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .Select(file => new SitePage(file, new Uri(Url, file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file)))
            .ToList();
    }

    /// <summary>The shared browser; skips the test (fails it under CI) when Chromium is missing.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        Chromium.RequireInstalled();
        await _browserLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_browser is null)
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = Chromium.ExecutablePath,
                    Headless = true,
                    Args = Chromium.Flags,
                    Timeout = 60_000,
                });
            }

            return _browser;
        }
        finally
        {
            _browserLock.Release();
        }
    }

    /// <summary>A fresh context at a viewport (plus any settings the test adds), with bounded timeouts.</summary>
    public async Task<IBrowserContext> NewContextAsync(Viewport viewport, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = viewport.ContextOptions();
        configure?.Invoke(options);
        var context = await (await BrowserAsync()).NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>Opens a page and waits until the network is quiet.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, SitePage page)
    {
        var tab = await context.NewPageAsync();
        var response = await tab.GotoAsync(page.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response?.Status == 200, $"{page}: answered {response?.Status.ToString() ?? "nothing"}, not 200");
        return tab;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _browserLock.Dispose();
        try
        {
            Directory.Delete(_run, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
    }
}
