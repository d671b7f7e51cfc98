namespace Explainer.Components;

/// <summary>A link as templates write it: a URL or a #fragment, and its text.</summary>
public sealed record LinkView(string Href, string Text, string? Kind = null);
