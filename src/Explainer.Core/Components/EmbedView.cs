namespace Explainer.Components;

/// <summary>
/// What the "Embed" control of a section on the explainer page needs: the embed page's path, the
/// section's title and the height the iframe starts with.
/// </summary>
public sealed record EmbedView(string Path, string Title, int Height, string ControlId);
