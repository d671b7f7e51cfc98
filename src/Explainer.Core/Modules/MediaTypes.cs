namespace Explainer.Modules;

/// <summary>Media types by file extension.</summary>
public static class MediaTypes
{
    public static string Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".html" => "text/html",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".vtt" => "text/vtt",
        _ => "application/octet-stream",
    };
}
