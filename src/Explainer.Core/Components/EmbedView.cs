namespace Explainer.Components;

/// <summary>
/// What the "Embed" control of a section on the explainer page needs to fill in the page's snippets
/// (<c>Embeds.EmbedSnippet.Pattern</c>): the section's id, its title and the height the iframe starts
/// with; and the id of its panel.
/// </summary>
public sealed record EmbedView(string Section, string Title, int Height)
{
    public string ControlId => "embed-" + Section;
}
