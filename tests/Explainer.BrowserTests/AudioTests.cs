using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// Audio as readers get it, in Chromium, from the server of <c>explainer serve</c>: a file made at
/// test time plays, and seeks through range requests; the length the page prints is the one the
/// browser finds; the transcript is in the page and prints open; axe finds nothing on the page or
/// on an audio's embed page.
/// </summary>
public sealed class AudioTests(SiteUnderTest site, AudioSite audio) : IClassFixture<AudioSite>
{
    /// <summary>Starts the figure's audio and waits until it has played past <paramref name="seconds"/>; what it played to.</summary>
    private const string PlayTo = """
        async ([id, seconds]) => {
          const a = document.querySelector(`#figure-${id} audio`);
          await a.play();
          const start = performance.now();
          while (a.currentTime <= seconds) {
            if (performance.now() - start > 15000) throw new Error(`${id}: still at ${a.currentTime} s after 15 s`);
            await new Promise(r => setTimeout(r, 50));
          }
          a.pause();
          return a.currentTime;
        }
        """;

    [Fact(Timeout = 120_000)]
    public async Task A_generated_mp3_plays_and_seeks_through_range_requests()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var tab = await SiteUnderTest.OpenAsync(context, audio.Explainer);
        var responses = new List<IResponse>();
        tab.Response += (_, r) =>
        {
            if (r.Url.EndsWith("/stille.mp3", StringComparison.Ordinal))
            {
                lock (responses)
                {
                    responses.Add(r);
                }
            }
        };

        // preload="none": nothing of the file is asked for until the reader plays it.
        Assert.Empty(responses);
        await tab.ClickAsync("#p-vor"); // a reader's gesture, which the autoplay policy wants before play()
        var played = await tab.EvaluateAsync<double>(PlayTo, new object[] { "stille", 0.3 });
        Assert.True(played > 0.3);

        // The server answers ranges, so the browser may seek anywhere in the file.
        var seekable = await tab.EvaluateAsync<double[]>("() => { const a = document.querySelector('#figure-stille audio'); return [a.seekable.length, a.seekable.length ? a.seekable.end(0) : 0, a.duration]; }");
        Assert.Equal(1, seekable[0]);
        Assert.Equal(seekable[2], seekable[1], 1);
        var after = await tab.EvaluateAsync<double>("""
            async () => {
              const a = document.querySelector('#figure-stille audio');
              const seeked = new Promise(r => a.addEventListener('seeked', r, { once: true }));
              a.currentTime = 8;
              await seeked;
              await a.play();
              while (a.currentTime < 8.2) await new Promise(r => setTimeout(r, 50));
              a.pause();
              return a.currentTime;
            }
            """);
        Assert.InRange(after, 8.2, 10.1);

        IResponse first;
        lock (responses)
        {
            first = responses[0];
        }

        Assert.Equal(206, first.Status);
        Assert.Equal("audio/mpeg", first.Headers["content-type"]);
        Assert.StartsWith("bytes 0-", first.Headers["content-range"], StringComparison.Ordinal);

        // The length printed at build time is the one the browser found: 417 frames of 24 ms.
        Assert.Equal("0:10", await tab.InnerTextAsync("#figure-stille figcaption time"));
        Assert.Equal(10.008, seekable[2], 2);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("mp3")]
    [InlineData("m4a")]
    [InlineData("ogg")]
    [InlineData("opus")]
    public async Task A_spoken_file_of_each_format_plays_for_the_length_the_page_prints(string format)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        ToolGate.Require(audio.NoSpeech is null, audio.NoSpeech ?? string.Empty);
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var tab = await SiteUnderTest.OpenAsync(context, audio.Explainer);
        var id = $"sprache-{format}";

        await tab.ClickAsync("#p-vor");
        Assert.True(await tab.EvaluateAsync<double>(PlayTo, new object[] { id, 1.0 }) > 1.0);
        var duration = await tab.EvaluateAsync<double>($"() => document.querySelector('#figure-{id} audio').duration");
        var printed = await tab.InnerTextAsync($"#figure-{id} figcaption time");
        Assert.Equal($"0:{(int)Math.Round(duration, MidpointRounding.AwayFromZero):00}", printed);
        Assert.Contains(AudioSite.Sentence, await tab.TextContentAsync($"#figure-{id} details.transcript"), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task The_transcript_is_in_the_page_closed_on_screen_and_open_in_print()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Desktop, o => o.JavaScriptEnabled = false);
        var tab = await SiteUnderTest.OpenAsync(context, audio.Explainer);
        const string Transcript = "#figure-stille details.transcript p";

        Assert.Equal("(Zehn Sekunden Stille.)", await tab.TextContentAsync(Transcript));
        Assert.Equal("Transkript", await tab.TextContentAsync("#figure-stille details.transcript summary"));
        Assert.Equal(0, await Height(tab, Transcript));
        Assert.True(await Height(tab, "#figure-stille audio") > 0);

        await tab.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await Height(tab, Transcript) > 0, "the transcript does not print");
        Assert.Equal(0, await Height(tab, "#figure-stille audio"));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_quotes_context_note_prints_open()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Desktop, o => o.JavaScriptEnabled = false);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var notes = await tab.Locator(".quote__note p").CountAsync();
        Assert.True(notes > 0, "the seed has no quote with a context note");

        Assert.All(await Heights(tab, ".quote__note p"), h => Assert.Equal(0, h));
        await tab.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.All(await Heights(tab, ".quote__note p"), h => Assert.True(h > 0, "a context note does not print"));
    }

    [Theory(Timeout = 120_000)]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Axe_finds_no_violations_on_the_audio_page_or_its_embed_page(string colorScheme)
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Phone, o => o.ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var findings = new List<string>();
        foreach (var page in new[] { audio.Explainer, audio.Embed("stille") })
        {
            var tab = await SiteUnderTest.OpenAsync(context, page);
            var result = await tab.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa") });
            Assert.True(result.Passes.Length > 0, $"{page}: axe ran no rule that passed");
            findings.AddRange(result.Violations.Select(v => $"{page}: {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
            await tab.CloseAsync();
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_nu_html_checker_finds_no_errors_in_the_audio_page_or_its_embed_page()
    {
        var jar = Path.Combine(RepositoryPaths.NodeModules, "vnu-jar", "build", "dist", "vnu.jar");
        var java = ToolGate.FindOnPath("java");
        ToolGate.Require(java is not null, "Java is not installed (apt-get install default-jre-headless); the Nu HTML Checker needs it.");
        ToolGate.Require(File.Exists(jar), $"{jar} is missing: run 'npm ci --prefix tests'.");

        var files = new[] { audio.Explainer, audio.Embed("stille") }.Select(p => Path.Combine(audio.Folder, p.File)).ToList();
        var result = await ExternalProcess.RunAsync(java, ["-jar", jar, "--errors-only", "--format", "json", "--stdout", .. files],
            TimeSpan.FromSeconds(90), cancellationToken: TestContext.Current.CancellationToken);

        using var report = JsonDocument.Parse(result.StandardOutput);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.ToString()).ToList();
        Assert.True(errors.Count == 0 && result.ExitCode == 0, string.Join(Environment.NewLine, errors) + result.StandardError);
    }

    /// <summary>
    /// The height an element is drawn at; 0 when it is not drawn. A closed details' content still has
    /// a box when asked (its layout is only skipped), so what is not visible counts as 0.
    /// </summary>
    private const string DrawnHeight = "e => e.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) ? e.getBoundingClientRect().height : 0";

    private static Task<double> Height(IPage tab, string selector) =>
        tab.EvalOnSelectorAsync<double>(selector, DrawnHeight);

    private static Task<double[]> Heights(IPage tab, string selector) =>
        tab.EvalOnSelectorAllAsync<double[]>(selector, $"es => es.map({DrawnHeight})");
}
