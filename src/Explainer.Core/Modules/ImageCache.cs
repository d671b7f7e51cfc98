using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Explainer.Modules;

/// <summary>
/// Encoded images (WebP variants, drawn social images) stored by a hash of everything they are made
/// from, so that each is made once: once per build when several explainers use the same image, and
/// once for all builds when the cache lives in a lasting folder (the tool's default is the user's
/// cache folder, see <c>--cache</c>). Encoding is most of the cost of a cold build; reading a stored
/// image back costs a file read. The store is content-addressed, so stale entries are impossible and
/// the folder may be deleted at any time. Without a folder, a temporary one serves the build and is
/// deleted with it, so that nothing is held in memory.
/// </summary>
public sealed class ImageCache : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _making = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<object>> _read = new(StringComparer.Ordinal);
    private readonly bool _temporary;
    private int _made;

    private ImageCache(string folder, bool temporary)
    {
        Folder = folder;
        _temporary = temporary;
    }

    /// <summary>The folder the images are stored in.</summary>
    public string Folder { get; }

    /// <summary>How many images this cache made (the others were read back).</summary>
    public int Made => _made;

    /// <summary>A cache in <paramref name="folder"/>, or in a temporary folder of its own when that is null.</summary>
    public static ImageCache Open(string? folder) =>
        folder is null
            ? new ImageCache(Path.Combine(Path.GetTempPath(), $"explainer-images-{Guid.NewGuid():N}"), temporary: true)
            : new ImageCache(Path.GetFullPath(folder), temporary: false);

    /// <summary>A hex SHA-256 of the parts, each length-prefixed so that no two lists of parts give the same text.</summary>
    public static string Key(params IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The bytes stored under <paramref name="key"/> (see <see cref="Key"/>) with the file extension
    /// <paramref name="extension"/>; when there are none, <paramref name="make"/> makes them (once,
    /// however many explainers ask at the same time) and they are stored.
    /// </summary>
    public byte[] GetOrMake(string key, string extension, Func<byte[]> make)
    {
        var path = Path.Combine(Folder, key[..2], $"{key}.{extension}");
        var stored = _making.GetOrAdd(path, p => new Lazy<string>(() =>
        {
            if (!File.Exists(p))
            {
                var bytes = make();
                Directory.CreateDirectory(Path.GetDirectoryName(p)!);

                // Written beside and renamed into place: another process reading the cache never sees half a file.
                var temporary = $"{p}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, p, overwrite: true);
                Interlocked.Increment(ref _made);
            }

            return p;
        }));
        return File.ReadAllBytes(stored.Value);
    }

    /// <summary>
    /// What <paramref name="read"/> makes of the bytes <see cref="GetOrMake"/> gives for
    /// <paramref name="key"/>, read once per build: a thousand explainers with the same map take
    /// one drawing.
    /// </summary>
    public T GetOrMake<T>(string key, string extension, Func<byte[]> make, Func<byte[], T> read)
        where T : class =>
        (T)_read.GetOrAdd($"{key}.{extension}", _ => new Lazy<object>(() => read(GetOrMake(key, extension, make)))).Value;

    public void Dispose()
    {
        if (_temporary && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
