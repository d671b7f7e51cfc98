namespace Explainer.Components;

/// <summary>
/// A view of a component that other sites can embed as a section of its own
/// (<c>&lt;slug&gt;/embed/&lt;section-id&gt;/</c>). The component says everything about it: its id,
/// the partial that renders it, its title and the height its iframe starts with.
/// </summary>
public interface IEmbeddable
{
    /// <summary>The section's stable id, a URL segment.</summary>
    string SectionId { get; }

    /// <summary>The partial an embed page renders it with.</summary>
    string Partial { get; }

    /// <summary>
    /// The height, in pixels, its iframe starts with before it reports its own, at the nominal
    /// width (<see cref="EmbedSection.Width"/>): the component's estimate of its drawn height.
    /// </summary>
    int PresetHeight { get; }

    /// <summary>The section's title (of the embed page, the iframe and the "Embed" button).</summary>
    string EmbedTitle(Func<string, string> t);

    /// <summary>The same view with its "Embed" control, as the explainer page shows it.</summary>
    IEmbeddable WithEmbed(EmbedView embed);
}

/// <summary>A view that holds embeddable views (the quotes, by speaker), each a section of its own.</summary>
public interface IEmbeddableParts
{
    IEnumerable<IEmbeddable> Parts { get; }

    /// <summary>The same view with each part replaced by <paramref name="replace"/>'s answer.</summary>
    object WithParts(Func<IEmbeddable, IEmbeddable> replace);
}

/// <summary>
/// An embeddable section of an explainer: its stable id (a URL segment), the partial that renders
/// it, its title, its view model, and the height its iframe starts with before it reports its own.
/// </summary>
public sealed record EmbedSection(string Id, string Partial, string Title, object Model, int Height)
{
    /// <summary>The nominal width of the oEmbed response; the iframe itself is fluid.</summary>
    public const int Width = 640;

    public static EmbedSection From(IEmbeddable view, Func<string, string> t) =>
        new(view.SectionId, view.Partial, view.EmbedTitle(t), view, view.PresetHeight);

    /// <summary>The embeddable views in a body item's model: the model itself, or its parts.</summary>
    public static IEnumerable<IEmbeddable> In(object model) => model switch
    {
        IEmbeddable view => [view],
        IEmbeddableParts parts => parts.Parts,
        _ => [],
    };

    /// <summary>The section's "Embed" control on the explainer page (null until <see cref="OnPage"/>).</summary>
    public EmbedView? Control { get; private init; }

    /// <summary>
    /// The section's view as the explainer page shows it: <see cref="Model"/> with its "Embed"
    /// <see cref="Control"/> (the model itself until <see cref="OnPage"/>).
    /// </summary>
    public object PageModel { get; private init; } = Model;

    /// <summary>The section with its "Embed" control for the explainer page.</summary>
    public EmbedSection OnPage()
    {
        var control = new EmbedView(Id, Title, Height);
        return this with { Control = control, PageModel = ((IEmbeddable)Model).WithEmbed(control) };
    }
}
