using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>Builds a site into a temp folder and reads what it wrote; disposing removes it all.</summary>
public sealed class SiteBuild : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>A temp folder that also holds copies of input/ or theme/ that a test changes.</summary>
    public TempFolder Temp => _temp;

    public string Output => _temp.Combine("site");

    public BuildResult? Result { get; private set; }

    /// <summary>Builds <paramref name="input"/> (default: the repository's input/) with <paramref name="theme"/> (default: theme/).</summary>
    public async Task<BuildResult> RunAsync(string? input = null, string? theme = null, string? output = null)
    {
        var options = new BuildOptions(input ?? Repository.Input, output ?? Output, theme ?? Repository.Theme);
        Result = await new SiteBuilder().BuildAsync(options, TestContext.Current.CancellationToken);
        return Result;
    }

    /// <summary>Copies the repository's input/ into the temp folder, for a test that changes it.</summary>
    public string CopyInput() => _temp.CopyFrom(Repository.Input, "input");

    /// <summary>Copies the repository's theme/ into the temp folder, for a test that changes it.</summary>
    public string CopyTheme() => _temp.CopyFrom(Repository.Theme, "theme");

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose() => _temp.Dispose();
}
