namespace Explainer.Tests.Support;

/// <summary>Finds the repository's folders from the test binaries.</summary>
public static class Repository
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
}
