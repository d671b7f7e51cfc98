using Explainer.Diagnostics;
using Explainer.Engine;

namespace Explainer.Build;

/// <summary>Checks the shape of the input folder: every explainer.yml belongs to a folder with an article.md.</summary>
internal static class InputLayout
{
    public static void Check(BuildSettings settings, DiagnosticBag diagnostics)
    {
        foreach (var folder in Directory.EnumerateDirectories(settings.InputFolder).Order(StringComparer.Ordinal))
        {
            var data = Path.Combine(folder, "explainer.yml");
            if (File.Exists(data) && !File.Exists(Path.Combine(folder, "article.md")))
            {
                diagnostics.Add(new SourceLocation(settings.DisplayPath(data), 1, 1), ErrorCodes.MisplacedFile,
                    "explainer.yml has no article.md beside it: every explainer is a folder with an article.md");
            }
        }
    }
}
