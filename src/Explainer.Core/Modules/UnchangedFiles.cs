using System.Buffers;

namespace Explainer.Modules;

/// <summary>Tells whether a file of the previous site already holds the bytes a build would write.</summary>
internal static class UnchangedFiles
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>True when the file exists and holds exactly <paramref name="content"/> (size first, then bytes).</summary>
    public static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != content.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(content.Length, 1), ChunkSize));
            try
            {
                for (var offset = 0; offset < content.Length;)
                {
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                    if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read)))
                    {
                        return false;
                    }

                    offset += read;
                }

                return true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
