using Microsoft.AspNetCore.StaticFiles;

namespace Explainer.Cli.Serving;

/// <summary>The Content-Type of a site file, as a careful static host (GitHub Pages among them) sends it.</summary>
internal static class SiteContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = Create();

    /// <summary>The Content-Type for a file name, with <c>charset=utf-8</c> on text types.</summary>
    public static string Of(string fileName)
    {
        var type = Provider.TryGetContentType(fileName, out var known) ? known : "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal)
            || type is "image/svg+xml" or "application/json" or "application/xml" or "application/manifest+json" or "application/atom+xml";
        return isText ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        // Where ASP.NET Core's table lacks a type a site uses, or differs from the registered one.
        provider.Mappings[".vtt"] = "text/vtt"; // captions of the media component; a track with another type is not loaded
        provider.Mappings[".ogg"] = "audio/ogg"; // RFC 5334: .ogg is audio, .ogv video
        provider.Mappings[".opus"] = "audio/ogg"; // RFC 7845 §9: an Ogg Opus file is audio/ogg
        provider.Mappings[".xml"] = "application/xml"; // the sitemap and feed, as the build types them
        provider.Mappings[".woff"] = "font/woff";
        provider.Mappings[".js"] = "text/javascript"; // RFC 9239
        return provider;
    }
}
