using System.Buffers;
using System.Text;
using Explainer.Diagnostics;
using Scriban.Runtime;

namespace Explainer.Templates;

/// <summary>
/// Renders layouts of a <see cref="TemplateCatalog"/> with one set of global variables, in one
/// context made at the first render: an explainer's page and its embed pages share their variables
/// (the site, the explainer), and a context costs more to make than a small page costs to render.
/// Set per-page variables in <see cref="Globals"/> before each render. One per thread; dispose it
/// to give its buffers back to the pool.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    /// <summary>Appends <paramref name="text"/>, changed, to <paramref name="into"/>.</summary>
    public delegate void TextRewrite(ReadOnlySpan<char> text, StringBuilder into);

    /// <summary>What the rewritten text's builder starts with, and past what it is not kept (below the large-object threshold).</summary>
    private const int RewrittenCapacity = 16 * 1024;
    private const int MaxRewrittenCapacity = 40_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The builder rewritten text goes into (<see cref="TextRewrite"/>), one per thread.</summary>
    [ThreadStatic]
    private static StringBuilder? t_rewritten;

    private readonly TemplateCatalog _catalog;
    private byte[] _bytes = [];
    private Encoder? _encoder;

    internal PageRenderer(TemplateCatalog catalog, ScriptObject globals, RenderScope scope)
    {
        _catalog = catalog;
        Globals = globals;
        Scope = scope;
    }

    /// <summary>The variables every page sees; the partials see them too.</summary>
    public ScriptObject Globals { get; }

    public RenderScope Scope { get; }

    internal HtmlTemplateContext? Context { get; set; }

    /// <summary>What partials of this renderer's first page wrote, for its later pages (<see cref="ReuseInLaterPages"/>).</summary>
    internal PartialReuse Reuse { get; } = new();

    /// <summary>
    /// Lets the later pages take over what a partial writes in the next page instead of rendering it
    /// again: what <paramref name="partial"/> writes there for <paramref name="pageModel"/>, without
    /// what is written inside it for <paramref name="leaveOut"/>, is what a later page gets when it
    /// renders <paramref name="partial"/> with <paramref name="laterModel"/>. So an embed page shows
    /// its section as the explainer page rendered it, without the "Embed" control. The partial must
    /// then write the same for both models apart from that; when it is not written straight into the
    /// page (its result kept, piped or captured), the later page renders it as usual.
    /// </summary>
    public void ReuseInLaterPages(string partial, object laterModel, object pageModel, object? leaveOut) =>
        Reuse.Add(partial, laterModel, pageModel, leaveOut);

    /// <summary>The text of the page being rendered, kept from page to page.</summary>
    internal TemplateOutput Output { get; } = new();

    /// <summary>Renders a layout. Returns null and reports a located error when the template fails.</summary>
    public string? Render(string layout, DiagnosticBag diagnostics) =>
        _catalog.Render(this, layout, diagnostics) ? new string(Output.Written) : null;

    /// <summary>
    /// Renders a layout as UTF-8 (no byte order mark), without making the page a string: for pages
    /// above the large-object threshold. The bytes are good until the next render. Returns false and
    /// reports a located error when the template fails.
    /// </summary>
    public bool RenderUtf8(string layout, DiagnosticBag diagnostics, out ReadOnlyMemory<byte> utf8)
    {
        utf8 = ReadOnlyMemory<byte>.Empty;
        if (!_catalog.Render(this, layout, diagnostics))
        {
            return false;
        }

        var text = Output.Written;
        var bytes = Bytes(text.Length);
        utf8 = bytes.AsMemory(0, Utf8.GetBytes(text, bytes));
        return true;
    }

    /// <summary>
    /// Renders a layout as UTF-8 like <see cref="RenderUtf8(string, DiagnosticBag, out ReadOnlyMemory{byte})"/>,
    /// with its text passed through <paramref name="rewrite"/> first, still without making it a string.
    /// </summary>
    public bool RenderUtf8(string layout, DiagnosticBag diagnostics, TextRewrite rewrite, out ReadOnlyMemory<byte> utf8)
    {
        utf8 = ReadOnlyMemory<byte>.Empty;
        if (!_catalog.Render(this, layout, diagnostics))
        {
            return false;
        }

        // One builder per thread, kept from page to page and explainer to explainer unless a large
        // page grew it past the large-object threshold (cleared, it would make one array that big).
        var rewritten = t_rewritten ??= new StringBuilder(RewrittenCapacity);
        rewritten.Clear();
        rewrite(Output.Written, rewritten);
        var bytes = Bytes(rewritten.Length);
        var encoder = _encoder ??= Utf8.GetEncoder();
        encoder.Reset();
        var written = 0;
        foreach (var chunk in rewritten.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        utf8 = bytes.AsMemory(0, written);
        if (rewritten.Capacity > MaxRewrittenCapacity)
        {
            t_rewritten = null;
        }

        return true;
    }

    /// <summary>The byte buffer, large enough for <paramref name="chars"/> characters in UTF-8.</summary>
    private byte[] Bytes(int chars)
    {
        var most = Utf8.GetMaxByteCount(chars);
        if (_bytes.Length < most)
        {
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }

            _bytes = ArrayPool<byte>.Shared.Rent(most);
        }

        return _bytes;
    }

    public void Dispose()
    {
        Output.Dispose();
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }
}
