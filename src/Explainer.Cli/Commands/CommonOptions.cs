using System.CommandLine;

namespace Explainer.Cli.Commands;

/// <summary>Options several commands share, with one definition each.</summary>
internal static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "The content folder: site.yml and one folder per explainer.",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Where the site is written.",
        DefaultValueFactory = _ => "_site",
    };

    public static Option<bool> Clean() => new("--clean")
    {
        Description = "Take over an output folder that holds files explainer did not write: delete every file in it that is not part of the site. Without it, such a folder is refused, and files added later are left alone.",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "The theme folder. Default: 'theme' beside the input folder, else the theme shipped with the tool.",
    };

    public static Option<Verbosity> Verbosity() => new("--verbosity", "-v")
    {
        Description = "How much to print: quiet, normal or detailed (a line per pipeline and phase).",
        DefaultValueFactory = _ => Commands.Verbosity.Normal,
    };

    public static Option<int> MaxParallelism() => new("--max-parallelism")
    {
        Description = "How many explainers are worked on at once: one per core by default; 1 builds sequentially. The output is the same.",
        DefaultValueFactory = _ => -1,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                return n;
            }

            result.AddError($"--max-parallelism must be a whole number of 1 or more, not '{text}'.");
            return -1;
        },
    };

    public static Option<Uri?> BaseUrl() => new("--base-url")
    {
        Description = "The URL the site is published at, e.g. https://org.github.io/repo/. Every link carries its path.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return new Uri(uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/");
            }

            result.AddError($"--base-url must be an absolute http or https URL, not '{text}'.");
            return null;
        },
    };

    public static Option<string?> ImageCache() => new("--cache")
    {
        Description = "Where encoded images (WebP variants, social images) are kept between builds. Default: explainer/ in the user's cache folder ($XDG_CACHE_HOME or ~/.cache). It may be deleted at any time.",
    };

    public static Option<bool> NoImageCache() => new("--no-cache")
    {
        Description = "Keep no images between builds: every image is encoded again.",
    };

    /// <summary>The image cache folder: --cache, else the user's cache folder; null with --no-cache or when there is no home folder.</summary>
    public static string? ResolveImageCache(string? cache, bool noCache)
    {
        if (noCache)
        {
            return null;
        }

        if (cache is not null)
        {
            return cache;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "explainer");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "explainer");
    }

    /// <summary>The theme to use when none is given: theme/ beside input/, else the one shipped with the tool.</summary>
    public static string ResolveTheme(string? theme, string input)
    {
        if (theme is not null)
        {
            return theme;
        }

        var besideInput = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "theme");
        return Directory.Exists(besideInput) ? besideInput : Path.Combine(AppContext.BaseDirectory, "theme");
    }
}

/// <summary>How much a command prints.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Detailed,
}
