namespace Explainer.BrowserTests.Support;

/// <summary>The repository's folders, found from the test binaries.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Explainer.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Explainer.sln not found above the test binaries.");
    });

    public static string Root => RootLazy.Value;

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Seed => Path.Combine(Root, "seeds", "000_8dd615fcd8abb42a.txt");

    /// <summary>A drawn picture, 1000 by 600 pixels, that leads an explainer of the unit tests' lead fixture.</summary>
    public static string LeadImage => Path.Combine(Root, "tests", "Explainer.Tests", "Fixtures", "Lead", "input", "mit-bild", "media", "titelbild.png");

    /// <summary>The npm tools pinned in tests/package.json, installed by <c>npm ci --prefix tests</c>.</summary>
    public static string NodeModules => Path.Combine(Root, "tests", "node_modules");

    /// <summary>
    /// Where the tests put reports and screenshots: <c>artifacts/browser-tests/</c> (ignored by git), or the
    /// folder named by <c>EXPLAINER_ARTIFACTS</c>. Tests never write into tracked folders.
    /// </summary>
    public static string Artifacts(string subfolder)
    {
        var root = Environment.GetEnvironmentVariable("EXPLAINER_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Root, "artifacts", "browser-tests");
        var folder = Path.Combine(root, subfolder);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
