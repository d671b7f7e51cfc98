using System.Runtime.CompilerServices;

namespace Explainer.Tests.Support;

/// <summary>
/// The commands run in-process keep encoded images in the user's cache folder by default
/// (<c>$XDG_CACHE_HOME/explainer</c>). Tests must not write into the home folder, nor reuse images
/// an earlier run made: this test process gets a cache folder of its own, removed when it ends.
/// </summary>
internal static class UserCacheFolder
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "explainer-tests", $"xdg-cache-{Environment.ProcessId}");

    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    Directory.Delete(Path, recursive: true);
                }
            }
            catch (IOException)
            {
                // Best effort: it is in the temporary folder.
            }
        };
    }
}
