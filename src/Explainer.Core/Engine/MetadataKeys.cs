namespace Explainer.Engine;

/// <summary>Metadata keys the engine itself knows.</summary>
public static class MetadataKeys
{
    /// <summary>A <see cref="Diagnostics.SourceLocation"/> the document starts at, used in error messages.</summary>
    public const string Location = "xpl.location";
}
