using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>
/// A named sequence of modules in four phases, with the names of the pipelines it depends on.
/// </summary>
public sealed class Pipeline
{
    public Pipeline(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public List<string> Dependencies { get; } = [];

    public List<IModule> InputModules { get; } = [];

    public List<IModule> ProcessModules { get; } = [];

    public List<IModule> PostProcessModules { get; } = [];

    public List<IModule> OutputModules { get; } = [];

    public Pipeline DependsOn(params string[] names)
    {
        Dependencies.AddRange(names);
        return this;
    }

    public Pipeline WithInput(params IModule[] modules)
    {
        InputModules.AddRange(modules);
        return this;
    }

    public Pipeline WithProcess(params IModule[] modules)
    {
        ProcessModules.AddRange(modules);
        return this;
    }

    public Pipeline WithPostProcess(params IModule[] modules)
    {
        PostProcessModules.AddRange(modules);
        return this;
    }

    public Pipeline WithOutput(params IModule[] modules)
    {
        OutputModules.AddRange(modules);
        return this;
    }

    internal IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => InputModules,
        Phase.Process => ProcessModules,
        Phase.PostProcess => PostProcessModules,
        Phase.Output => OutputModules,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };
}
