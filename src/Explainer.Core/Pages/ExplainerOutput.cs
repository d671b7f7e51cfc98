using Explainer.Engine;
using Explainer.Modules;

namespace Explainer.Pages;

/// <summary>
/// Writes the files of one explainer as soon as they are made (<see cref="WriteFiles.Write"/>), so
/// that nothing of it is held once it is done, and remembers only their paths and sizes
/// (<see cref="WrittenFiles"/>). With the record of the explainer's last good build (in
/// <c>explainer serve</c>), outputs whose sources did not change are taken over instead of made
/// again (<see cref="Reuse{T}"/>).
/// </summary>
public sealed class ExplainerOutput
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly BuildSettings _settings;
    private readonly ExplainerRecord? _previous;
    private readonly FileTally _files = new();
    private readonly Dictionary<string, ReusableOutput> _reusable = new(StringComparer.Ordinal);
    private FileTally? _capture;

    internal ExplainerOutput(BuildSettings settings, ExplainerRecord? previous)
    {
        _settings = settings;
        _previous = previous;
    }

    /// <summary>The files written or kept so far (a copy: read it once the explainer is done).</summary>
    public WrittenFiles Files => _files.ToWrittenFiles();

    internal IReadOnlyDictionary<string, ReusableOutput> Reusable => _reusable;

    /// <summary>Writes one file of the site (unless the previous site has the same bytes there).</summary>
    public void Write(string destination, ReadOnlySpan<byte> content)
    {
        var outcome = WriteFiles.Write(_settings, destination, content);
        _files.Add(destination, outcome.Bytes, outcome.Unchanged);
        _capture?.Add(destination, outcome.Bytes, outcome.Unchanged);
    }

    /// <summary>Writes one text file of the site, as UTF-8 without a byte order mark.</summary>
    public void Write(string destination, string text) => Write(destination, Utf8.GetBytes(text));

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
            _files.Keep(earlier.Files);
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

    /// <summary>Paths and sizes, as files are written.</summary>
    private sealed class FileTally
    {
        private readonly List<string> _paths = [];
        private long _bytes;
        private int _unchanged;

        public void Add(string path, long bytes, bool unchanged)
        {
            _paths.Add(path);
            _bytes += bytes;
            _unchanged += unchanged ? 1 : 0;
        }

        public void Keep(WrittenFiles files)
        {
            _paths.AddRange(files.Paths);
            _bytes += files.Bytes;
            _unchanged += files.Paths.Count;
        }

        public WrittenFiles ToWrittenFiles() => new([.. _paths], _bytes, _unchanged);
    }
}

/// <summary>
/// The files an explainer wrote (or kept): their paths in the site, their total size, and how many
/// of them the previous site already held with the same bytes. All a build keeps of them.
/// </summary>
public sealed record WrittenFiles(IReadOnlyList<string> Paths, long Bytes, int Unchanged)
{
    public const string Key = "explainer.files";

    public static readonly WrittenFiles None = new([], 0, 0);

    /// <summary>The same files, all left as they are in the site.</summary>
    public WrittenFiles Kept() => this with { Unchanged = Paths.Count };

    /// <summary>
    /// The files a document of a build's output stands for: one file (a light document of
    /// <see cref="WriteFiles"/>, from the site-wide pipelines) or an explainer's (see
    /// <see cref="BuildExplainers"/>); null when it stands for none.
    /// </summary>
    public static WrittenFiles? Of(Document document) =>
        document.TryGet<WrittenFiles>(Key, out var files) ? files
        : document.Destination is { } path && document.TryGet<WriteOutcome>(WriteFiles.OutcomeKey, out var outcome) ? new([path], outcome.Bytes, outcome.Unchanged ? 1 : 0)
        : null;
}
