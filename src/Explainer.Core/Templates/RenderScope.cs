namespace Explainer.Templates;

/// <summary>What a render knows beyond its model: the site's base path, its assets and UI strings.</summary>
/// <param name="BasePath">"/" or "/repo/": every URL a template makes starts with it.</param>
/// <param name="Assets">Logical asset names (e.g. <c>site.css</c>) to their fingerprinted paths.</param>
/// <param name="Strings">UI strings of the page's language.</param>
/// <param name="Language">The page's language, for dates and quotation marks.</param>
public sealed record RenderScope(
    string BasePath,
    IReadOnlyDictionary<string, string> Assets,
    UiText Strings,
    string Language);
