
namespace Explainer.Site;

/// <summary>
/// The site one build makes: site.yml's settings with the public URL the build decided
/// (<c>--base-url</c> when given, else site.yml's <c>base_url</c>, else none: the site lives at the
/// root), and the base path every URL of the site starts with. <c>SiteBuilder</c> makes it
/// once per build, from its one reading of site.yml, and hands it to the pages and feeds (a service
/// of the build) and to <c>check</c>, <c>serve</c> and the build's summary (<c>BuildResult.Site</c>).
/// </summary>
public sealed class ResolvedSite
{
    private ResolvedSite(SiteSettings settings)
    {
        Settings = settings;
        BasePath = BasePathOf(settings.BaseUrl);
    }

    /// <summary>site.yml's settings; their <see cref="SiteSettings.BaseUrl"/> is the public URL the build decided.</summary>
    public SiteSettings Settings { get; }

    /// <summary>The public URL, e.g. <c>https://org.github.io/repo/</c>; null when it is not known.</summary>
    public Uri? BaseUrl => Settings.BaseUrl;

    /// <summary>The path every URL of the site starts with: <c>/</c>, or <c>/repo/</c> for a GitHub project site.</summary>
    public string BasePath { get; }

    /// <summary>
    /// The site of <paramref name="fromFile"/> (site.yml as read) built for <paramref name="baseUrlOption"/>
    /// (<c>--base-url</c>), which wins over site.yml's <c>base_url</c>; the path of either counts:
    /// links must carry <c>/repo/</c> whichever names the URL.
    /// </summary>
    public static ResolvedSite Of(SiteSettings fromFile, Uri? baseUrlOption) =>
        new(fromFile with { BaseUrl = baseUrlOption ?? fromFile.BaseUrl });

    /// <summary>An absolute URL when the public URL is known, else a root-relative path.</summary>
    public string Public(string path) => BaseUrl is { } b ? new Uri(b, path).AbsoluteUri : BasePath + path;

    /// <summary>The base path of a public URL: its path, normalised; <c>/</c> for none.</summary>
    public static string BasePathOf(Uri? baseUrl) => NormalizeBasePath(baseUrl?.AbsolutePath);

    /// <summary><c>repo</c>, <c>/repo</c> and <c>/repo/</c> all give <c>/repo/</c>; nothing gives <c>/</c>.</summary>
    public static string NormalizeBasePath(string? basePath)
    {
        var trimmed = (basePath ?? string.Empty).Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
