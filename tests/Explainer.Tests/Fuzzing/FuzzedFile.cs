namespace Explainer.Tests.Fuzzing;

/// <summary>The files of the seed input that the fuzz tests mutate.</summary>
public enum FuzzedFile
{
    SiteYml,
    ExplainerYml,
    ArticleMd,
}

/// <summary>Where each <see cref="FuzzedFile"/> lives in the input folder.</summary>
public static class FuzzedFiles
{
    /// <summary>The seed explainer: the folder under <c>input/</c> whose files are mutated.</summary>
    public const string SeedExplainer = "putin-nordkorea";

    /// <summary>The file's path relative to the input folder, with forward slashes.</summary>
    public static string RelativePath(this FuzzedFile file) => file switch
    {
        FuzzedFile.SiteYml => "site.yml",
        FuzzedFile.ExplainerYml => $"{SeedExplainer}/explainer.yml",
        FuzzedFile.ArticleMd => $"{SeedExplainer}/article.md",
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, null),
    };
}
