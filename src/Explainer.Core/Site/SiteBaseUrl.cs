using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Site;

/// <summary>
/// The public URL a site is built for, as the build decides it: <c>--base-url</c> when given, else
/// site.yml's <c>base_url</c>, else none (the site lives at the root). For commands that need it
/// before building: <c>serve</c> serves under its path, <c>check</c> checks links against it.
/// </summary>
public static class SiteBaseUrl
{
    public static Uri? Resolve(Uri? option, string inputFolder)
    {
        if (option is not null)
        {
            return option;
        }

        var file = Path.Combine(inputFolder, "site.yml");
        if (!File.Exists(file))
        {
            return null;
        }

        // Errors in site.yml are the build's to report, with their locations; here they only mean "no URL".
        var map = YamlSource.LoadMap(File.ReadAllText(file), "site.yml", new DiagnosticBag());
        return map is null ? null : SiteSettings.Read(map).BaseUrl;
    }

    /// <summary>The path every URL of the site starts with: <c>/</c>, or <c>/repo/</c> for a GitHub project site.</summary>
    public static string BasePathOf(Uri? baseUrl) => NormalizeBasePath(baseUrl?.AbsolutePath);

    /// <summary><c>repo</c>, <c>/repo</c> and <c>/repo/</c> all give <c>/repo/</c>; nothing gives <c>/</c>.</summary>
    public static string NormalizeBasePath(string? basePath)
    {
        var trimmed = (basePath ?? string.Empty).Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
