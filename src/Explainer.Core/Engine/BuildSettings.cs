namespace Explainer.Engine;

/// <summary>
/// Settings of one build, as immutable values. Services that modules share (the template cache,
/// the site model) are registered by type.
/// </summary>
public sealed class BuildSettings
{
    private readonly Dictionary<Type, object> _services = [];

    public BuildSettings(string inputFolder, string outputFolder, string themeFolder)
    {
        InputFolder = Path.GetFullPath(inputFolder);
        OutputFolder = Path.GetFullPath(outputFolder);
        ThemeFolder = Path.GetFullPath(themeFolder);
    }

    /// <summary>The content folder (site.yml and one folder per explainer).</summary>
    public string InputFolder { get; }

    /// <summary>The folder Output modules write to (a staging folder during a build).</summary>
    public string OutputFolder { get; }

    /// <summary>The theme folder (layouts, partials, assets, i18n).</summary>
    public string ThemeFolder { get; }

    /// <summary>
    /// How many documents a module works on at once: -1 (the default) uses every core, 1 builds
    /// sequentially. The output is the same either way.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// The folder holding the previous build's site, if there is one. A file whose bytes did not
    /// change is not written again: it stays there with its modification time, so that deploys and
    /// watchers see only real changes.
    /// </summary>
    public string? PreviousOutputFolder { get; init; }

    /// <summary>
    /// The files of <see cref="PreviousOutputFolder"/> that the previous build wrote (its manifest):
    /// only those are compared, so that a file someone else put there is never read or taken over.
    /// </summary>
    public IReadOnlySet<string>? PreviousSiteFiles { get; init; }

    /// <summary>The folder paths in messages are relative to; the current folder by default.</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>How a file of the build is named in messages: relative to <see cref="DisplayRoot"/>.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(DisplayRoot ?? Environment.CurrentDirectory, fullPath);
        return relative.Replace('\\', '/');
    }

    public BuildSettings WithService<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public T GetService<T>()
        where T : class =>
        _services.TryGetValue(typeof(T), out var s)
            ? (T)s
            : throw new InvalidOperationException($"No service of type {typeof(T).Name} is registered.");

    /// <summary>The service of type <typeparamref name="T"/>, or null when none is registered.</summary>
    public T? TryGetService<T>()
        where T : class =>
        _services.TryGetValue(typeof(T), out var s) ? (T)s : null;
}
