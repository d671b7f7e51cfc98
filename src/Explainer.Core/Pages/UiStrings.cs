using Explainer.Diagnostics;
using Explainer.Templates;
using Explainer.Yaml;

namespace Explainer.Pages;

/// <summary>
/// The theme's UI strings, one flat YAML file per language in <c>theme/i18n/</c>, handed out per page
/// language as <see cref="UiText"/>, the one lookup for templates and code.
/// </summary>
public sealed class UiStrings
{
    private readonly string _folder;
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    private UiStrings(string folder, Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        _folder = folder;
        _byLanguage = byLanguage;
    }

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

        return new UiStrings(displayPath(folder), result);
    }

    /// <summary>
    /// The warning for a page in <paramref name="language"/> when neither it nor its primary language
    /// has a strings file and the page falls back to English (XPL0117), located at the file it lacks;
    /// null when the language has its own strings, or when there are no English ones either (then
    /// every string the page asks for is an error).
    /// </summary>
    public Diagnostic? MissingLanguageWarning(string language)
    {
        var primary = language.Split('-')[0];
        if (_byLanguage.ContainsKey(language) || _byLanguage.ContainsKey(primary) || !_byLanguage.ContainsKey("en"))
        {
            return null;
        }

        var file = $"{_folder}/{primary.ToLowerInvariant()}.yml";
        return Diagnostic.Warning(SourceLocation.File(file), ErrorCodes.UiStringsMissing,
            $"no UI strings for language '{language}' ({file}); the page's labels are in English");
    }

    /// <summary>
    /// The strings for a language tag: its own file, else its primary language's (<c>de-CH</c> falls
    /// back to <c>de</c>), else English's; with none of them, no strings at all, so every one is missing.
    /// </summary>
    public UiText For(string language)
    {
        var primary = language.Split('-')[0];
        foreach (var file in new[] { language, primary, "en" })
        {
            if (_byLanguage.TryGetValue(file, out var strings))
            {
                return new UiText(language, $"{_folder}/{file}.yml", strings);
            }
        }

        return new UiText(language, $"{_folder}/{language}.yml", new Dictionary<string, string>());
    }
}
