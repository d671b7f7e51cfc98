using System.Buffers;
using Scriban.Runtime;

namespace Explainer.Templates;

/// <summary>
/// Where a page renders to: one buffer of characters, rented from the shared pool and kept across
/// the pages of a <see cref="PageRenderer"/>, that the page and the partials it renders all write
/// into (<see cref="TemplateCatalog.RenderPartial"/>). A page's text is not copied once per level of
/// partials, and a page larger than the large-object threshold (an explainer's page is 70 KB and
/// more) is not made a string at all: it goes from here to UTF-8 bytes
/// (<see cref="PageRenderer.RenderUtf8(string, Diagnostics.DiagnosticBag, out ReadOnlyMemory{byte})"/>), so a build does not fill the large-object heap with
/// pages and collect it every few explainers.
/// </summary>
internal sealed class TemplateOutput : IScriptOutput, IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(16 * 1024);

    public int Length { get; private set; }

    /// <summary>What was written since the last <see cref="Clear"/>.</summary>
    public Span<char> Written => _buffer.AsSpan(0, Length);

    public void Write(string text, int offset, int count)
    {
        if (Length + count > _buffer.Length)
        {
            Grow(Length + count);
        }

        text.CopyTo(offset, _buffer, Length, count);
        Length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Takes the blank lines out of what was written, in place (<see cref="HtmlWhitespace"/>).</summary>
    public void RemoveBlankLines()
    {
        if (Length + 1 > _buffer.Length)
        {
            Grow(Length + 1);
        }

        Length = HtmlWhitespace.RemoveBlankLines(_buffer, Length);
    }

    public void Clear() => Length = 0;

    /// <summary>
    /// Empty: Scriban's <c>Template.Render</c> returns its output's <c>ToString()</c>, and a partial
    /// renders into this output while the page is half written; the text is read from
    /// <see cref="Written"/> instead.
    /// </summary>
    public override string ToString() => string.Empty;

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        Length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Grow(int needed)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
