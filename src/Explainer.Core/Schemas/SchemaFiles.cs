namespace Explainer.Schemas;

/// <summary>
/// The JSON Schemas of site.yml and explainer.yml. They live in docs/schemas/ and ship inside the
/// tool, so that files the tool writes can point an editor's YAML language server at them.
/// </summary>
public static class SchemaFiles
{
    public const string Site = "site.schema.json";
    public const string Explainer = "explainer.schema.json";

    /// <summary>The schema's text, from the copy built into the tool.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(SchemaFiles).Assembly.GetManifestResourceStream("Explainer.Schemas." + name)
            ?? throw new InvalidOperationException($"The schema '{name}' is not built into the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The first line of a YAML file the tool writes: <c># yaml-language-server: $schema=PATH</c>, with a
    /// path relative to the file. It points at docs/schemas/ beside the input folder when that exists
    /// (a clone of this repository); otherwise the schema is written to <c>INPUT/.schemas/</c>, which
    /// the build ignores.
    /// </summary>
    public static string CommentFor(string yamlFilePath, string inputFolder, string name)
    {
        var input = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var inRepository = Path.Combine(Path.GetDirectoryName(input) ?? input, "docs", "schemas", name);
        var target = File.Exists(inRepository) ? inRepository : Path.Combine(input, ".schemas", name);
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Read(name));
        }

        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(yamlFilePath))!, target).Replace('\\', '/');
        return $"# yaml-language-server: $schema={relative}";
    }
}
