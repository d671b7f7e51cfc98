using Explainer.Engine;
using Explainer.Modules;

namespace Explainer.Pages;

/// <summary>
/// Writes the files of one explainer as soon as they are made (<see cref="WriteFiles.Write"/>), so
/// that nothing of it is held once it is done, and remembers what was written. With the record of
/// the explainer's last good build (in <c>explainer serve</c>), outputs whose sources did not change
/// are taken over instead of made again (<see cref="Reuse{T}"/>).
/// </summary>
public sealed class ExplainerOutput
{
    private readonly BuildSettings _settings;
    private readonly ExplainerRecord? _previous;
    private readonly List<Document> _files = [];
    private readonly Dictionary<string, ReusableOutput> _reusable = new(StringComparer.Ordinal);
    private List<Document>? _capture;

    internal ExplainerOutput(BuildSettings settings, ExplainerRecord? previous)
    {
        _settings = settings;
        _previous = previous;
    }

    /// <summary>The files written or kept so far, as light documents.</summary>
    public IReadOnlyList<Document> Files => _files;

    internal IReadOnlyDictionary<string, ReusableOutput> Reusable => _reusable;

    /// <summary>Writes one file of the site (unless the previous site has the same bytes there).</summary>
    public void Write(string? source, string destination, string mediaType, ReadOnlySpan<byte> content)
    {
        var document = WriteFiles.Written(Document.Create(source, destination, mediaType, ReadOnlyMemory<byte>.Empty), WriteFiles.Write(_settings, destination, content));
        _files.Add(document);
        _capture?.Add(document);
    }

    /// <summary>
    /// The value <paramref name="make"/> computes and the files it writes, or, when the last good
    /// build made them under the same <paramref name="key"/> (which must name the stamps of every
    /// source it reads), that build's value, with its files kept as they are in the site.
    /// </summary>
    public T Reuse<T>(string key, Func<T> make)
        where T : class
    {
        if (_previous?.Reusable.GetValueOrDefault(key) is { Value: T value } earlier)
        {
            _files.AddRange(earlier.Files.Select(Kept));
            _reusable[key] = earlier;
            return value;
        }

        _capture = [];
        try
        {
            var made = make();
            _reusable[key] = new ReusableOutput(made, _capture);
            return made;
        }
        finally
        {
            _capture = null;
        }
    }

    /// <summary>A file of the last good build, left in the site as it is.</summary>
    internal static Document Kept(Document written) =>
        written.WithMetadata(WriteFiles.OutcomeKey, written.Get<WriteOutcome>(WriteFiles.OutcomeKey) with { Unchanged = true });
}
