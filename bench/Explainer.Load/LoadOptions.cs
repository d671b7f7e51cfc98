using System.Globalization;

namespace Explainer.Load;

/// <summary>What the load test runs: how many clients for how long, what it edits, and the server's command.</summary>
/// <param name="ServerCommand">The program and the arguments that run <c>explainer</c>; <c>serve</c> and its options are appended.</param>
public sealed record LoadOptions(IReadOnlyList<string> ServerCommand)
{
    public const string Usage = """
        usage: explainer-load [options] -- COMMAND [ARGS...]
          Starts COMMAND serve --input ... (a temporary copy of input/ and theme/) on 127.0.0.1, runs
          concurrent clients against it while an editor changes the seed's article.md, and prints
          requests per second, latency percentiles and the responses by status. Exits 1 when any
          response was not a whole 200, the last edit did not reach the page, or the server did not
          stop cleanly on SIGINT.
          COMMAND is how to run explainer, e.g. artifacts/bench/explainer/explainer,
          or: dotnet src/Explainer.Cli/bin/Release/net10.0/explainer.dll
        options:
          --clients N        concurrent clients, 1-256 (default 32)
          --seconds S        measured duration (default 30)
          --warmup S         unmeasured seconds of requests before it, no edits (default 2)
          --edit-every MS    milliseconds between two edits of article.md (default 300)
          --edit WHAT        sentence: one sentence of the body (the page alone changes);
                             title: the title (its pages, embed pages, social image, index, feed)
                             (default sentence)
          --base-url URL     passed to serve; its path is the path the site is served under
                             (default https://example.github.io/explainer/, served at /explainer/)
          --input DIR        the input to copy (default input/ of this repository)
          --theme DIR        the theme to copy (default theme/ of this repository)
        """;

    public int Clients { get; init; } = 32;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan EditInterval { get; init; } = TimeSpan.FromMilliseconds(300);

    public EditKind Edit { get; init; } = EditKind.Sentence;

    public Uri BaseUrl { get; init; } = new("https://example.github.io/explainer/");

    public string InputFolder { get; init; } = "input";

    public string ThemeFolder { get; init; } = "theme";

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var separator = args.ToList().IndexOf("--");
        if (separator < 0 || separator == args.Count - 1)
        {
            throw new ArgumentException("the command that runs explainer is missing after --");
        }

        var options = new LoadOptions(args.Skip(separator + 1).ToList());
        for (var i = 0; i < separator; i += 2)
        {
            var name = args[i];
            var value = i + 1 < separator ? args[i + 1] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--clients" => options with { Clients = Number(name, value, 1, 256) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(Number(name, value, 1, 3600)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number(name, value, 0, 60)) },
                "--edit-every" => options with { EditInterval = TimeSpan.FromMilliseconds(Number(name, value, 10, 60_000)) },
                "--edit" => options with { Edit = Enum.TryParse<EditKind>(value, ignoreCase: true, out var kind) ? kind : throw new ArgumentException($"--edit is sentence or title, not {value}") },
                "--base-url" => options with { BaseUrl = Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new ArgumentException($"--base-url {value} is not an absolute URL") },
                "--input" => options with { InputFolder = value },
                "--theme" => options with { ThemeFolder = value },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not {value}");
}

/// <summary>Which part of article.md the editor changes.</summary>
public enum EditKind
{
    /// <summary>One sentence of the body: a rebuild rewrites the explainer's page alone.</summary>
    Sentence,

    /// <summary>The title: a rebuild rewrites the page, its embed pages, its social image, the index and the feed.</summary>
    Title,
}
