using Explainer.Engine;

namespace Explainer.Cli.Serving;

/// <summary>What a request path maps to inside the site folder.</summary>
internal abstract record SiteResource
{
    /// <summary>A file to send.</summary>
    public sealed record File(string FullPath) : SiteResource;

    /// <summary>A folder asked for without its trailing slash: send the reader to <paramref name="Location"/>.</summary>
    public sealed record Redirect(string Location) : SiteResource;

    /// <summary>Nothing there (or not ours to serve).</summary>
    public sealed record Missing : SiteResource;
}

/// <summary>
/// Maps URL paths to files of a site folder published under a base path, as GitHub Pages does. Pure
/// path logic plus existence checks: never leaves the folder, whatever the path says.
/// </summary>
internal sealed class SitePathResolver(string rootFolder, string basePath)
{
    public const string IndexFile = "index.html";
    public const string NotFoundFile = "404.html";

    private static readonly SiteResource.Missing Missing = new();

    /// <summary>Resolves a decoded request path such as <c>/explainer/putin-nordkorea/</c>.</summary>
    public SiteResource Resolve(string requestPath)
    {
        if (requestPath.Length == 0)
        {
            requestPath = "/";
        }

        if (requestPath + "/" == basePath)
        {
            return new SiteResource.Redirect(basePath);
        }

        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return Missing;
        }

        var relative = requestPath[basePath.Length..];
        var segments = relative.Split('/');
        if (segments.Any(IsUnsafeSegment))
        {
            return Missing;
        }

        var target = Path.GetFullPath(Path.Combine([rootFolder, .. segments.Where(s => s.Length > 0)]));
        if (!FolderPath.Contains(rootFolder, target))
        {
            return Missing;
        }

        if (Directory.Exists(target))
        {
            if (!requestPath.EndsWith('/'))
            {
                return new SiteResource.Redirect(requestPath + "/");
            }

            var index = Path.Combine(target, IndexFile);
            return System.IO.File.Exists(index) ? new SiteResource.File(index) : Missing;
        }

        return !requestPath.EndsWith('/') && System.IO.File.Exists(target) ? new SiteResource.File(target) : Missing;
    }

    /// <summary>The site's own 404 page, if it has one.</summary>
    public string? NotFoundPage()
    {
        var page = Path.Combine(rootFolder, NotFoundFile);
        return System.IO.File.Exists(page) ? page : null;
    }

    // Kestrel already removes dot segments; this guards the folder should a path reach us unnormalised.
    private static bool IsUnsafeSegment(string segment) =>
        segment is "." or ".." || segment.Contains('\\', StringComparison.Ordinal) || segment.Contains('\0', StringComparison.Ordinal);
}
