using System.Security.Cryptography;
using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// Gives each theme asset a name that carries its content hash (<c>site.3f9a1c2b7e.css</c>), so it
/// can be cached for ever. Files listed as stable (such as <c>embed.js</c>) keep their names.
/// </summary>
public sealed class FingerprintAssets(params string[] stableNames) : IModule
{
    /// <summary>Metadata: the asset's logical name, e.g. <c>site.css</c>.</summary>
    public const string LogicalNameKey = "asset.name";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        IReadOnlyList<Document> result = inputs.Select(d =>
        {
            var name = d.Source!;
            var destination = stableNames.Contains(name, StringComparer.Ordinal)
                ? $"assets/{name}"
                : $"assets/{Path.GetFileNameWithoutExtension(name)}.{Hash(d.Content.Span)}{Path.GetExtension(name)}";
            return d.WithDestination(destination).WithMediaType(MediaTypes.Of(name)).WithMetadata(LogicalNameKey, name);
        }).ToList();
        return Task.FromResult(result);
    }

    /// <summary>The first ten hex digits of the SHA-256 of the content.</summary>
    public static string Hash(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..10];
}
