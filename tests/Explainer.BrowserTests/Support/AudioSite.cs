using Explainer.Build;
using Explainer.Cli.Serving;
using Explainer.Tests.Components.Audio;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// A German explainer with audios, made and built at test time and served as <c>explainer serve</c>
/// serves a site (its <see cref="StaticSiteServer"/>, under <c>/audio/</c>): ten seconds of silence
/// written byte by byte (an MP3 of zero frames, always there), and, when espeak-ng and ffmpeg are
/// installed, a spoken sentence in each format the tool takes, with a WebVTT transcript.
/// </summary>
public sealed class AudioSite : IAsyncLifetime
{
    public const string BasePath = "/audio/";
    public const string Slug = "ton";

    /// <summary>What the spoken audios say, and their transcript.</summary>
    public const string Sentence = "Dies ist ein Test der Audiokomponente. Das Transkript sagt dieselben Worte.";

    /// <summary>The silence's frames: 417 of 24 ms, 10 s; 32 kbit/s keeps the file at 40 KB.</summary>
    public const int SilenceFrames = 417;

    /// <summary>The spoken formats, as file extensions; the media ids are <c>sprache-&lt;extension&gt;</c>.</summary>
    public static readonly string[] Formats = ["mp3", "m4a", "ogg", "opus"];

    private readonly string _run = Path.Combine(Path.GetTempPath(), "explainer-audio-tests", Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;

    public string Folder => Path.Combine(_run, "site");

    /// <summary>Why there are no spoken audios (a tool is missing); null when there are.</summary>
    public string? NoSpeech { get; private set; }

    public Uri Url => (_server ?? throw new InvalidOperationException("not served yet")).Url;

    public SitePage Explainer => new($"{Slug}/index.html", new Uri(Url, $"{Slug}/"));

    public SitePage Embed(string id) => new($"{Slug}/embed/figure-{id}/index.html", new Uri(Url, $"{Slug}/embed/figure-{id}/"));

    public async ValueTask InitializeAsync()
    {
        var input = Path.Combine(_run, "input");
        var media = Path.Combine(input, Slug, "media");
        Directory.CreateDirectory(media);
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Audiotest\nlanguage: de\n");
        File.WriteAllBytes(Path.Combine(media, "stille.mp3"), AudioSamples.Mp3(SilenceFrames, kbps: 32, xingFrames: SilenceFrames, xingTag: "Info"));
        var entries = "media:\n  - id: stille\n    type: audio\n    src: media/stille.mp3\n    caption: Zehn Sekunden Stille.\n    transcript: (Zehn Sekunden Stille.)\n";
        var placed = "::: {.media #stille}\n:::\n";

        NoSpeech = await SpeakAsync(media);
        if (NoSpeech is null)
        {
            File.WriteAllText(Path.Combine(media, "sprache.vtt"), $"WEBVTT\n\n00:00.000 --> 00:04.000\n<v Stimme>{Sentence}\n");
            foreach (var format in Formats)
            {
                entries += $"  - id: sprache-{format}\n    type: audio\n    src: media/sprache.{format}\n    caption: Ein gesprochener Satz ({format}).\n    transcript: media/sprache.vtt\n";
                placed += $"\n::: {{.media #sprache-{format}}}\n:::\n";
            }
        }

        File.WriteAllText(Path.Combine(input, Slug, "explainer.yml"), entries);
        File.WriteAllText(Path.Combine(input, Slug, "article.md"),
            $"---\ntitle: Audio im Test\ndek: Stille und ein gesprochener Satz.\npublished: 2024-06-19T12:00:00+02:00\n---\n\nEin Absatz vor dem Ton. {{#p-vor}}\n\n{placed}\nEin Absatz danach. {{#p-nach}}\n");

        _server = await StaticSiteServer.StartAsync(new StaticSiteServerOptions(Folder) { BasePath = BasePath });
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, Folder, RepositoryPaths.Theme, _server.Url));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The audio site did not build:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        }
    }

    /// <summary>Speaks <see cref="Sentence"/> into a WAV file and encodes it in each format; returns why not when a tool is missing.</summary>
    private static async Task<string?> SpeakAsync(string media)
    {
        var espeak = ToolGate.FindOnPath("espeak-ng");
        var ffmpeg = ToolGate.FindOnPath("ffmpeg");
        if (espeak is null || ffmpeg is null)
        {
            return $"{(espeak is null ? "espeak-ng" : "ffmpeg")} is not installed (apt-get install espeak-ng ffmpeg), so no spoken audio was made";
        }

        var wav = Path.Combine(media, "sprache.wav");
        await Run(espeak, ["-v", "de", "-w", wav, Sentence]);
        foreach (var format in Formats)
        {
            await Run(ffmpeg, ["-loglevel", "error", "-y", "-i", wav, Path.Combine(media, $"sprache.{format}")]);
        }

        File.Delete(wav);
        return null;
    }

    private static async Task Run(string program, string[] arguments)
    {
        var result = await ExternalProcess.RunAsync(program, arguments, TimeSpan.FromSeconds(60));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {result.StandardError}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

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
