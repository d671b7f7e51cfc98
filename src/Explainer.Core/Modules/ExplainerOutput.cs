namespace Explainer.Modules;

/// <summary>
/// The files of one explainer: written through the build's <see cref="SiteWriter"/> as soon as they
/// are made, so that nothing of it is held once it is done, and tallied, so that the explainer's
/// record keeps their paths and sizes (<see cref="WrittenFiles"/>). With the record of the
/// explainer's last good build (in <c>explainer serve</c>), outputs whose sources did not change are
/// taken over instead of made again (<see cref="Reuse{T}"/>).
/// </summary>
public sealed class ExplainerOutput
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SiteWriter _writer;
    private readonly IReadOnlyDictionary<string, ReusableOutput>? _previous;
    private readonly FileTally _files = new();
    private readonly Dictionary<string, ReusableOutput> _reusable = new(StringComparer.Ordinal);
    private FileTally? _capture;

    /// <param name="previous">What the explainer's last good build may hand on (<see cref="Reusable"/>), by key; null for none.</param>
    public ExplainerOutput(SiteWriter writer, IReadOnlyDictionary<string, ReusableOutput>? previous)
    {
        _writer = writer;
        _previous = previous;
    }

    /// <summary>The files written or kept so far (a copy: read it once the explainer is done).</summary>
    public WrittenFiles Files => _files.ToWrittenFiles();

    public IReadOnlyDictionary<string, ReusableOutput> Reusable => _reusable;

    /// <summary>Writes one file of the site (unless the previous site has the same bytes there).</summary>
    public void Write(string destination, ReadOnlySpan<byte> content)
    {
        var written = _writer.Write(destination, content);
        _files.Add(written);
        _capture?.Add(written);
    }

    /// <summary>Writes one text file of the site, as UTF-8 without a byte order mark.</summary>
    public void Write(string destination, string text) => Write(destination, Utf8.GetBytes(text));

    /// <summary>Takes files of the last good build over as they are in the site.</summary>
    public void Keep(WrittenFiles files) => _files.Add(_writer.Keep(files));

    /// <summary>
    /// The value <paramref name="make"/> computes and the files it writes, or, when the last good
    /// build made them under the same <paramref name="key"/> (which must name the stamps of every
    /// source it reads), that build's value, with its files kept as they are in the site.
    /// </summary>
    public T Reuse<T>(string key, Func<T> make)
        where T : class
    {
        if (_previous?.GetValueOrDefault(key) is { Value: T value } earlier)
        {
            Keep(earlier.Files);
            _reusable[key] = earlier;
            return value;
        }

        _capture = new FileTally();
        try
        {
            var made = make();
            _reusable[key] = new ReusableOutput(made, _capture.ToWrittenFiles());
            return made;
        }
        finally
        {
            _capture = null;
        }
    }
}

/// <summary>A value computed from source files, and the files written with it.</summary>
public sealed record ReusableOutput(object Value, WrittenFiles Files);
