using Explainer.Diagnostics;
using Explainer.Yaml;

namespace Explainer.Pages;

/// <summary>The theme's UI strings, one flat YAML file per language in <c>theme/i18n/</c>.</summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    private UiStrings(Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    public static UiStrings Load(string themeFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var folder = Path.Combine(themeFolder, "i18n");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
            {
                var map = YamlSource.LoadMap(File.ReadAllText(file), displayPath(file), diagnostics);
                if (map is null)
                {
                    continue;
                }

                var strings = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var key in map.Keys)
                {
                    if (map.NodeOf(key) is YamlScalarNode)
                    {
                        strings[key] = map.String(key) ?? string.Empty;
                    }
                    else
                    {
                        map.Context.Error(map.NodeOf(key)!, ErrorCodes.WrongType, $"the UI string '{key}' must be text");
                    }
                }

                result[Path.GetFileNameWithoutExtension(file)] = strings;
            }
        }

        return new UiStrings(result);
    }

    /// <summary>The strings for a language tag (<c>de-CH</c> falls back to <c>de</c>, then to English).</summary>
    public IReadOnlyDictionary<string, string> For(string language)
    {
        if (_byLanguage.TryGetValue(language, out var exact))
        {
            return exact;
        }

        var primary = language.Split('-')[0];
        return _byLanguage.TryGetValue(primary, out var general)
            ? general
            : _byLanguage.TryGetValue("en", out var english) ? english : new Dictionary<string, string>();
    }
}
