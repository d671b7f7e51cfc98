namespace Explainer.Engine;

/// <summary>The four phases of a pipeline, in the order they run.</summary>
public enum Phase
{
    /// <summary>Reads documents; depends on nothing.</summary>
    Input,

    /// <summary>Transforms documents; waits for its own Input and its dependencies' Process.</summary>
    Process,

    /// <summary>Waits for every pipeline's Process: layouts and cross-links live here.</summary>
    PostProcess,

    /// <summary>Writes documents; waits for its own PostProcess.</summary>
    Output,
}
