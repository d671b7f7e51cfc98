using Explainer.Components.Quotes;

namespace Explainer.Tests.Components.Quotes;

public class QuoteLinkerTests
{
    [Fact]
    public void The_quote_with_its_marks_is_wrapped_and_no_word_changes()
    {
        var html = "<p id=\"p\">„Putin ist wütend“, meint Chris Monday.</p>";
        var linked = QuoteLinker.Link(html, [("Putin ist wütend", "#quote-w", "Zitat")]);
        Assert.Equal("<p id=\"p\"><a class=\"quote-ref\" href=\"#quote-w\" title=\"Zitat\">„Putin ist wütend“</a>, meint Chris Monday.</p>", linked);
    }

    [Fact]
    public void French_marks_and_their_inner_spaces_are_inside_the_link()
    {
        var html = "<p>«\u202FNous verrons\u202F», dit-il.</p>";
        var linked = QuoteLinker.Link(html, [("Nous verrons", "#q", "t")]);
        Assert.Contains(">«\u202FNous verrons\u202F»</a>, dit-il.", linked, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_needs_escaping_is_found_as_the_html_writes_it()
    {
        var html = "<p>„AT&amp;T <em>x</em>“ und „A &lt; B“.</p>";
        var linked = QuoteLinker.Link(html, [("A < B", "#q", "t")]);
        Assert.Contains("<a class=\"quote-ref\" href=\"#q\" title=\"t\">„A &lt; B“</a>", linked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_is_not_plain_text_in_the_block_is_left_unlinked()
    {
        var html = "<p>„Er hat <em>das</em> Gefühl“</p>";
        Assert.Equal(html, QuoteLinker.Link(html, [("Er hat das Gefühl", "#q", "t")]));
    }

    [Fact]
    public void Text_inside_a_tag_or_an_existing_link_is_not_touched()
    {
        var html = "<p><a href=\"x\" title=\"wütend\">wütend</a></p>";
        Assert.Equal(html, QuoteLinker.Link(html, [("wütend", "#q", "t")]));
    }
}
