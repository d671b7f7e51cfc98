namespace Explainer.Tests.Support;

/// <summary>Every file below a folder, by relative path (forward slashes, ordinal order), with its bytes.</summary>
public sealed class FolderContents
{
    private FolderContents(IReadOnlyList<(string Path, byte[] Bytes)> files) => Files = files;

    public IReadOnlyList<(string Path, byte[] Bytes)> Files { get; }

    public IEnumerable<string> Paths => Files.Select(f => f.Path);

    public static FolderContents Read(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList());

    /// <summary>Asserts both folders hold the same files with the same bytes, naming the first file that differs.</summary>
    public static void AssertIdentical(FolderContents expected, FolderContents actual)
    {
        Assert.Equal(expected.Paths, actual.Paths);
        foreach (var ((path, expectedBytes), (_, actualBytes)) in expected.Files.Zip(actual.Files))
        {
            Assert.True(expectedBytes.AsSpan().SequenceEqual(actualBytes), $"{path} differs");
        }
    }
}
