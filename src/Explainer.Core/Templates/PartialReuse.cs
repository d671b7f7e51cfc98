namespace Explainer.Templates;

/// <summary>
/// What a partial wrote in one page, kept for the later pages of the same
/// <see cref="PageRenderer"/> that render the same partial for the same thing: an explainer's
/// embed page shows one of its sections as the explainer page shows it, without the section's
/// "Embed" control, and takes that HTML over instead of rendering the section a second time.
/// </summary>
/// <remarks>
/// Each reuse names the partial, the model a later page renders it with, the model the page
/// renders it with, and the model of a partial inside it whose HTML is left out (the control).
/// While the page renders, <see cref="TemplateCatalog.RenderPartial"/> notes where in the page's
/// <see cref="TemplateOutput"/> each of those partials began and ended; after the page is rendered,
/// and before its blank lines are taken out, <see cref="Collect"/> cuts the HTML out. Only partials
/// written straight into the page (a statement of their own) have a place in it: a partial of a
/// reuse rendered to a string instead (kept, piped or captured) makes the reuse void, and the later
/// page renders the partial as usual. So does a page that fails half-way.
/// </remarks>
internal sealed class PartialReuse
{
    private readonly Dictionary<object, Entry> _byLaterModel = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, Entry> _byPageModel = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, Entry> _byLeftOut = new(ReferenceEqualityComparer.Instance);

    public bool IsEmpty => _byLaterModel.Count == 0;

    /// <summary>
    /// Keeps what <paramref name="partial"/> writes for <paramref name="pageModel"/> in the next page,
    /// without what any partial writes inside it for <paramref name="leaveOut"/>, for later pages that
    /// render <paramref name="partial"/> with <paramref name="laterModel"/>.
    /// </summary>
    public void Add(string partial, object laterModel, object pageModel, object? leaveOut)
    {
        var entry = new Entry(partial);
        _byLaterModel[laterModel] = entry;
        _byPageModel[pageModel] = entry;
        if (leaveOut is not null)
        {
            _byLeftOut[leaveOut] = entry;
        }
    }

    /// <summary>A page begins: places noted in an earlier page that failed half-way are forgotten.</summary>
    public void Begin()
    {
        foreach (var entry in _byPageModel.Values)
        {
            if (entry.Html is null)
            {
                (entry.Start, entry.End, entry.LeftOutStart, entry.LeftOutEnd, entry.Void) = (-1, -1, -1, -1, false);
            }
        }
    }

    /// <summary>A partial wrote <c>page[start..end]</c> straight into the page.</summary>
    public void Rendered(string partial, object? model, int start, int end)
    {
        if (model is null)
        {
            return;
        }

        if (_byPageModel.TryGetValue(model, out var entry) && entry.Partial == partial && entry.Start < 0)
        {
            (entry.Start, entry.End) = (start, end);
        }
        else if (_byLeftOut.TryGetValue(model, out entry) && entry.LeftOutStart < 0)
        {
            (entry.LeftOutStart, entry.LeftOutEnd) = (start, end);
        }
    }

    /// <summary>A partial was rendered to a string, so where its HTML ends up in the page is not known.</summary>
    public void RenderedApart(object? model)
    {
        if (model is not null && (_byPageModel.TryGetValue(model, out var entry) || _byLeftOut.TryGetValue(model, out entry)))
        {
            entry.Void = true;
        }
    }

    /// <summary>Cuts the kept HTML out of the page just rendered, before its blank lines are taken out.</summary>
    public void Collect(ReadOnlySpan<char> page)
    {
        foreach (var entry in _byPageModel.Values)
        {
            if (entry.Html is not null || entry.Void || entry.Start < 0)
            {
                continue;
            }

            var (start, end) = (entry.Start, entry.End);
            if (entry.LeftOutStart >= start && entry.LeftOutEnd <= end)
            {
                entry.Html = string.Concat(page[start..entry.LeftOutStart], page[entry.LeftOutEnd..end]);
            }
            else if (entry.LeftOutStart < 0)
            {
                entry.Html = new string(page[start..end]);
            }
        }
    }

    /// <summary>The HTML kept for <paramref name="partial"/> rendered with <paramref name="model"/>, if any.</summary>
    public string? Find(string partial, object? model) =>
        model is not null && _byLaterModel.TryGetValue(model, out var entry) && entry.Partial == partial ? entry.Html : null;

    private sealed class Entry(string partial)
    {
        public string Partial { get; } = partial;

        public int Start { get; set; } = -1;

        public int End { get; set; } = -1;

        public int LeftOutStart { get; set; } = -1;

        public int LeftOutEnd { get; set; } = -1;

        public bool Void { get; set; }

        public string? Html { get; set; }
    }
}
