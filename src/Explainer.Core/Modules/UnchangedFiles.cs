using System.Buffers;
using System.Runtime.InteropServices;

namespace Explainer.Modules;

/// <summary>
/// Takes a file over from the previous build when its bytes did not change: the new site's file
/// becomes a hard link to the old one (same inode, so the same modification time), or, where links
/// are not possible, a copy that keeps the old modification time. The old site is never modified.
/// </summary>
internal static class UnchangedFiles
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Makes <paramref name="target"/> the previous build's <paramref name="previous"/> when that holds
    /// exactly <paramref name="content"/>. Returns false (and does nothing) when it does not exist or differs.
    /// </summary>
    public static bool TryTakeOver(string previous, string target, ReadOnlySpan<byte> content)
    {
        if (!HasContent(previous, content))
        {
            return false;
        }

        if (!OperatingSystem.IsWindows() && Link(previous, target) == 0)
        {
            return true;
        }

        File.Copy(previous, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(previous));
        return true;
    }

    /// <summary>True when the file exists and holds exactly <paramref name="content"/>.</summary>
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

    /// <summary>libc's link(2): a second name for the same file; 0 on success.</summary>
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newName);
}
