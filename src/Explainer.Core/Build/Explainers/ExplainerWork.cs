using Explainer.Components;
using Explainer.Components.Media;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Templates;
using Explainer.Pages;

namespace Explainer.Build.Explainers;

/// <summary>
/// One explainer on its way through the <see cref="IExplainerStep"/>s: what the build gives it, and
/// what each step adds for the next. It lives while its explainer is built and is dropped after, so
/// only its <see cref="Summary"/> goes on.
/// </summary>
public sealed class ExplainerWork : IDisposable
{
    private ExplainerSource? _source;
    private ExplainerView? _view;
    private PageRenderer? _renderer;

    public ExplainerWork(string slug, IExecutionContext context)
    {
        Slug = slug;
        Settings = context.Settings;
        Folder = Path.Combine(Settings.InputFolder, slug);
        Page = PageContext.From(context);
        Cache = Settings.TryGetService<BuildCache>();
        Previous = Cache?.Previous(slug);
        Output = new ExplainerOutput(SiteWriter.Of(Settings), Previous?.Reusable);
    }

    /// <summary>The explainer's folder name, and the first segment of its URL.</summary>
    public string Slug { get; }

    /// <summary>The explainer's folder in the input.</summary>
    public string Folder { get; }

    public BuildSettings Settings { get; }

    /// <summary>The site, templates and assets the pages share; null when site.yml could not be read (the explainer is only checked).</summary>
    public PageContext? Page { get; }

    /// <summary>What the last good build left (<c>explainer serve</c>); null in a one-off build.</summary>
    internal BuildCache? Cache { get; }

    /// <summary>The explainer as the last good build left it, if the cache has it.</summary>
    internal ExplainerRecord? Previous { get; }

    /// <summary>The stamps of the explainer's files before they were read, for the cache.</summary>
    public string? Stamp { get; set; }

    /// <summary>The explainer's own errors: added to the build's when it is done.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Where its files go, and the list of them.</summary>
    public ExplainerOutput Output { get; }

    /// <summary>Its article and explainer layer, checked (<see cref="ReadExplainer"/>).</summary>
    public ExplainerSource Source
    {
        get => _source ?? throw NotYet(nameof(ReadExplainer));
        set => _source = value;
    }

    /// <summary>Its images' resized variants, by media id (<see cref="WriteMedia"/>).</summary>
    public IReadOnlyDictionary<string, MediaRendition> Renditions { get; set; } = new Dictionary<string, MediaRendition>();

    /// <summary>Its audios' lengths and transcripts, by media id (<see cref="WriteMedia"/>).</summary>
    public IReadOnlyDictionary<string, Components.Media.Audio.AudioTrack> Audio { get; set; } = new Dictionary<string, Components.Media.Audio.AudioTrack>();

    /// <summary>The page's layout (<see cref="LayOutPage"/>).</summary>
    public ExplainerView View
    {
        get => _view ?? throw NotYet(nameof(LayOutPage));
        set => _view = value;
    }

    /// <summary>The renderer of its page, kept for its embed pages (<see cref="RenderPage"/>).</summary>
    public PageRenderer Renderer
    {
        get => _renderer ?? throw NotYet(nameof(RenderPage));
        set => _renderer = value;
    }

    /// <summary>What the index, feed and sitemap need of it (<see cref="Summarise"/>); null when it has errors.</summary>
    public ExplainerSummary? Summary { get; set; }

    /// <summary>The site and templates; only steps after <see cref="ReadExplainer"/> run without them.</summary>
    public PageContext RequirePage() => Page ?? throw new InvalidOperationException("site.yml could not be read: the explainer is only checked.");

    public void Dispose() => _renderer?.Dispose();

    private static InvalidOperationException NotYet(string step) => new($"The step {step} has not run on this explainer.");
}
