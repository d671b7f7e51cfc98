using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>
/// Which URLs may appear in content: http, https, mailto and relative paths that stay inside the
/// input folder. <c>javascript:</c>, <c>data:</c> (outside images) and other schemes are errors.
/// </summary>
public static class UrlPolicy
{
    public static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Returns the reason a URL is refused, or null when it is allowed.</summary>
    public static string? Reason(string url, bool allowData)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = trimmed[..colon].ToLowerInvariant();
            return scheme switch
            {
                "http" or "https" => IsAbsoluteHttp(url) ? null : $"'{url}' is not a valid URL",
                "mailto" => null,
                "data" when allowData && trimmed.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) => null,
                _ => $"the URL scheme '{scheme}:' is not allowed (use http, https, mailto or a relative path)",
            };
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return $"'{url}' is a protocol-relative URL; write it with https:";
        }

        var path = trimmed.Split('?', '#')[0];
        if (path.StartsWith('/') || path.StartsWith('\\'))
        {
            return null;
        }

        var depth = 0;
        foreach (var segment in path.Split('/', '\\'))
        {
            depth += segment switch
            {
                ".." => -1,
                "." or "" => 0,
                _ => 1,
            };
            if (depth < 0)
            {
                return $"the path '{url}' leaves the input folder";
            }
        }

        return null;
    }

    /// <summary>Reports a refused URL at <paramref name="location"/>; returns whether it is allowed.</summary>
    public static bool Check(string url, SourceLocation location, DiagnosticBag diagnostics, bool allowData)
    {
        var reason = Reason(url, allowData);
        if (reason is null)
        {
            return true;
        }

        diagnostics.Add(location, ErrorCodes.UnsafeUrl, reason);
        return false;
    }
}
