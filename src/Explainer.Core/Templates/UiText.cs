using Explainer.Diagnostics;

namespace Explainer.Templates;

/// <summary>
/// The UI strings a page is written with (<see cref="Pages.UiStrings.For"/>): the one lookup for
/// templates (<c>t "key"</c>) and the view builders alike. A key its file lacks is always the same
/// error, XPL0202 "the UI string 'key' is missing for language 'de' (theme/i18n/de.yml)": located
/// at the template's call when a template asks (<see cref="TemplateFunctions.T"/>), else at the
/// strings file. It is reported with the build's other errors, and the build writes nothing.
/// </summary>
/// <param name="Language">The page's language, as the page asked for it.</param>
/// <param name="File">The strings file they come from (after falling back), as error messages name it.</param>
/// <param name="Strings">The strings by key.</param>
public sealed record UiText(string Language, string File, IReadOnlyDictionary<string, string> Strings)
{
    /// <summary>The string for <paramref name="key"/>; a missing key throws a <see cref="ContentException"/> with the error at the strings file.</summary>
    public string Get(string key) =>
        Strings.TryGetValue(key, out var text)
            ? text
            : throw new ContentException(new Diagnostic(File, 1, 1, ErrorCodes.TemplateRuntime, Missing(key)));

    /// <summary>The string for <paramref name="key"/>, or false with the error's message in <paramref name="text"/>.</summary>
    public bool TryGet(string key, out string text)
    {
        if (Strings.TryGetValue(key, out var found))
        {
            text = found;
            return true;
        }

        text = Missing(key);
        return false;
    }

    private string Missing(string key) => $"the UI string '{key}' is missing for language '{Language}' ({File})";
}
