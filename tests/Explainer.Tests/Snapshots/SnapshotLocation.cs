using Explainer.Tests.Support;

namespace Explainer.Tests.Snapshots;

/// <summary>Where a snapshot's files live: <c>{Folder}/{Name}.verified.html</c> and <c>.received.html</c>.</summary>
internal sealed record SnapshotLocation(string Folder, string Name)
{
    public string VerifiedPath => Path.Combine(Folder, Name + ".verified.html");

    public string ReceivedPath => Path.Combine(Folder, Name + ".received.html");

    /// <summary>The location for the running test, beside the source file that called the snapshot.</summary>
    public static SnapshotLocation ForCurrentTest(string sourceFile, string caller, string? scenario)
    {
        var context = TestContext.Current;
        var className = context.TestClass?.TestClassSimpleName ?? Path.GetFileNameWithoutExtension(sourceFile);
        var methodName = context.TestMethod?.MethodName ?? caller;
        var name = $"{className}.{methodName}" + (string.IsNullOrEmpty(scenario) ? string.Empty : "_" + scenario);
        return new SnapshotLocation(SourceFolder(sourceFile), name);
    }

    /// <summary>
    /// The folder of a <c>[CallerFilePath]</c>. With deterministic source paths (ContinuousIntegrationBuild)
    /// the compiler writes <c>/_/tests/...</c> instead of the real path; such a path is mapped back to the
    /// repository root so that the check still reads the committed file.
    /// </summary>
    private static string SourceFolder(string sourceFile)
    {
        if (string.IsNullOrEmpty(sourceFile))
        {
            throw new InvalidOperationException("HtmlSnapshot needs the caller's file path; do not pass an empty sourceFile.");
        }

        var folder = Path.GetDirectoryName(sourceFile.Replace('\\', '/'))!;
        if (Directory.Exists(folder))
        {
            return folder;
        }

        if (folder.StartsWith("/_/", StringComparison.Ordinal))
        {
            var mapped = Path.Combine(Repository.Root, folder["/_/".Length..]);
            if (Directory.Exists(mapped))
            {
                return mapped;
            }
        }

        throw new InvalidOperationException($"The folder of the test source '{sourceFile}' does not exist on this machine.");
    }
}
