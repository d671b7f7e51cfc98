namespace Explainer.Engine;

/// <summary>How modules spread their documents over the cores, within <see cref="BuildSettings.MaxDegreeOfParallelism"/>.</summary>
public static class Parallelism
{
    /// <summary>How many documents a module of this build may work on at once.</summary>
    public static int Degree(this IExecutionContext context) => Degree(context.Settings);

    /// <inheritdoc cref="Degree(IExecutionContext)"/>
    public static int Degree(BuildSettings settings) =>
        settings.MaxDegreeOfParallelism > 0 ? settings.MaxDegreeOfParallelism : Environment.ProcessorCount;

    /// <summary>Options for <see cref="Parallel"/> loops over a module's documents: the build's degree and cancellation.</summary>
    public static ParallelOptions ParallelOptions(this IExecutionContext context) => new()
    {
        MaxDegreeOfParallelism = context.Degree(),
        CancellationToken = context.CancellationToken,
    };
}
