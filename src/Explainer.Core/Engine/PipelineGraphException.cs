namespace Explainer.Engine;

/// <summary>The pipeline graph is wrong: a cycle, an unknown dependency, or a duplicate name. Raised before anything runs.</summary>
public sealed class PipelineGraphException(string message) : Exception(message);
