using Markdig.Renderers;
using Markdig.Syntax;

namespace Explainer.Content;

// The renderer of one block at a time, kept for a whole article.
public sealed partial class MarkdownBlocks
{
    /// <summary>
    /// Renders one block at a time with a renderer kept for the whole article: setting up a Markdig
    /// renderer costs more than rendering a paragraph with it.
    /// </summary>
    private sealed class BlockRenderer
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        public BlockRenderer(bool plainText)
        {
            _renderer = new HtmlRenderer(_writer);
            if (plainText)
            {
                _renderer.EnableHtmlForBlock = false;
                _renderer.EnableHtmlForInline = false;
                _renderer.EnableHtmlEscape = false;
            }

            Pipeline.Setup(_renderer);
        }

        public string Render(Block block)
        {
            _writer.GetStringBuilder().Clear();
            _renderer.Render(block);
            _writer.Flush();
            return _writer.ToString();
        }
    }
}
