using System.Text;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Yaml;

namespace Explainer.Components;

/// <summary>An explainer as its files say: the article (<c>&lt;slug&gt;/article.md</c>) and its explainer layer (<c>explainer.yml</c>).</summary>
public sealed record ExplainerSource(Article Article, ExplainerData Data)
{
    /// <summary>
    /// Reads and checks one explainer; the slug is the folder name. Returns null when it cannot be
    /// read at all; every error found goes to <paramref name="diagnostics"/>.
    /// </summary>
    public static ExplainerSource? Read(string slug, BuildSettings settings, DiagnosticBag diagnostics)
    {
        var source = $"{slug}/article.md";
        var display = settings.DisplayPath(Path.Combine(settings.InputFolder, source));
        if (!BlockIds.IsValidSlug(slug))
        {
            diagnostics.Add(new SourceLocation(display, 1, 1), ErrorCodes.InvalidId,
                $"the folder name '{slug}' is used in URLs: use only lower-case letters, digits and hyphens");
            return null;
        }

        var text = ReadText(Path.Combine(settings.InputFolder, source));
        ForbiddenCharacters.Check(text, display, diagnostics);
        var article = Article.Parse(slug, source, display, text, diagnostics);
        var data = ReadData(slug, settings, diagnostics);
        if (article is null || data is null)
        {
            return null;
        }

        ReferenceChecker.Check(article, data, display, diagnostics, Path.Combine(settings.InputFolder, slug));
        return new ExplainerSource(article, data);
    }

    /// <summary>
    /// A text file as <see cref="File.ReadAllText(string)"/> reads it (UTF-8, or what a byte order
    /// mark says), decoded straight from its bytes: ReadAllText grows a builder chunk by chunk, and
    /// every explainer's two files are read on every build.
    /// </summary>
    internal static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan() switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3),
            [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..] => File.ReadAllText(path),
            _ => Encoding.UTF8.GetString(bytes),
        };
    }

    /// <summary>Reads the explainer's explainer.yml, if it has one.</summary>
    private static ExplainerData? ReadData(string slug, BuildSettings settings, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(settings.InputFolder, slug, "explainer.yml");
        if (!File.Exists(path))
        {
            return ExplainerData.Empty;
        }

        var text = ReadText(path);
        ForbiddenCharacters.Check(text, settings.DisplayPath(path), diagnostics);
        var map = YamlSource.LoadMap(text, settings.DisplayPath(path), diagnostics);
        if (map is null)
        {
            return null;
        }

        return ExplainerData.Read(map);
    }
}
