namespace Explainer.Components;

/// <summary>An id written in explainer.yml that must name something, with where it was written.</summary>
public readonly record struct Reference(string Id, Diagnostics.SourceLocation Location);
