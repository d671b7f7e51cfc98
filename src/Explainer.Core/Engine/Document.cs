using System.Collections.Immutable;
using System.Text;

namespace Explainer.Engine;

/// <summary>
/// An immutable unit of content flowing through a pipeline. Every change makes a new document.
/// </summary>
public sealed class Document
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private Document(
        string? source,
        string? destination,
        string mediaType,
        ImmutableSortedDictionary<string, object> metadata,
        ReadOnlyMemory<byte> content)
    {
        Source = source;
        Destination = destination;
        MediaType = mediaType;
        Metadata = metadata;
        Content = content;
    }

    /// <summary>The file the document came from (relative to the input folder), if any.</summary>
    public string? Source { get; }

    /// <summary>Where the document is written, relative to the output folder, with forward slashes.</summary>
    public string? Destination { get; }

    /// <summary>The IANA media type of <see cref="Content"/>.</summary>
    public string MediaType { get; }

    /// <summary>Metadata, sorted by key so that every enumeration is deterministic.</summary>
    public ImmutableSortedDictionary<string, object> Metadata { get; }

    /// <summary>The bytes of the document.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    public static Document Create(string? source, string? destination, string mediaType, string text) =>
        new(source, destination, mediaType, ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal), Utf8.GetBytes(text));

    public static Document Create(string? source, string? destination, string mediaType, ReadOnlyMemory<byte> content) =>
        new(source, destination, mediaType, ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal), content);

    /// <summary>The content decoded as UTF-8.</summary>
    public string GetText() => Utf8.GetString(Content.Span);

    public Document WithSource(string? source) => new(source, Destination, MediaType, Metadata, Content);

    public Document WithDestination(string? destination) => new(Source, destination, MediaType, Metadata, Content);

    public Document WithMediaType(string mediaType) => new(Source, Destination, mediaType, Metadata, Content);

    public Document WithContent(string text) => new(Source, Destination, MediaType, Metadata, Utf8.GetBytes(text));

    public Document WithContent(ReadOnlyMemory<byte> content) => new(Source, Destination, MediaType, Metadata, content);

    public Document WithMetadata(string key, object value) => new(Source, Destination, MediaType, Metadata.SetItem(key, value), Content);

    public Document WithMetadata(IEnumerable<KeyValuePair<string, object>> items) =>
        new(Source, Destination, MediaType, Metadata.SetItems(items), Content);

    /// <summary>Reads a metadata value, failing loudly when it is missing or of another type.</summary>
    public T Get<T>(string key) =>
        Metadata.TryGetValue(key, out var value) && value is T typed
            ? typed
            : throw new KeyNotFoundException($"Document '{Source ?? Destination}' has no metadata '{key}' of type {typeof(T).Name}.");

    public bool TryGet<T>(string key, out T value)
    {
        if (Metadata.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public override string ToString() => Source ?? Destination ?? "(document)";
}
