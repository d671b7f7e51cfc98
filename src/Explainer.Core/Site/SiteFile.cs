using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Yaml;

namespace Explainer.Site;

/// <summary>
/// Reads input/site.yml before the pipelines run: every page needs it, and its errors must not
/// keep the explainers' own errors from being reported in the same build.
/// </summary>
public static class SiteFile
{
    public const string FileName = "site.yml";

    /// <summary>The settings, or null (with errors in <paramref name="diagnostics"/>) when site.yml is missing or wrong.</summary>
    public static SiteSettings? Load(BuildSettings settings, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(settings.InputFolder, FileName);
        var display = settings.DisplayPath(path);
        if (!File.Exists(path))
        {
            diagnostics.Add(new SourceLocation(display, 1, 1), ErrorCodes.FileUnreadable, "site.yml is missing: it needs at least a title");
            return null;
        }

        var text = File.ReadAllText(path);
        ForbiddenCharacters.Check(text, display, diagnostics);
        var map = YamlSource.LoadMap(text, display, diagnostics);
        return map is null ? null : SiteSettings.Read(map);
    }
}
