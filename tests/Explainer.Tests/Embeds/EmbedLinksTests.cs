using System.Text;
using Explainer.Embeds;

namespace Explainer.Tests.Embeds;

/// <summary>In an embed page, links to fragments the page holds stay; the others lead to the explainer in a new tab.</summary>
public sealed class EmbedLinksTests
{
    private const string PageUrl = "/explainer/putin-nordkorea/";

    [Fact]
    public void A_link_to_a_fragment_the_embed_holds_stays_and_the_others_lead_to_the_explainer()
    {
        var html = "<figure id=\"quote-a\"><a href=\"#quote-a\">hier</a> <a href=\"#absatz-3\">Absatz</a>\n<p\tid=\"absatz-4\"><a href=\"#absatz-4\">4</a><a href=\"https://example.org/#x\">x</a></p></figure>";

        var into = new StringBuilder("<!-- before -->");
        EmbedLinks.PointOutside(html.AsSpan(), PageUrl, into);

        Assert.Equal(
            "<!-- before --><figure id=\"quote-a\"><a href=\"#quote-a\">hier</a> <a href=\"/explainer/putin-nordkorea/#absatz-3\" target=\"_blank\" rel=\"noopener\">Absatz</a>\n"
            + "<p\tid=\"absatz-4\"><a href=\"#absatz-4\">4</a><a href=\"https://example.org/#x\">x</a></p></figure>",
            into.ToString());
        Assert.Equal(into.ToString()["<!-- before -->".Length..], EmbedLinks.PointOutside(html, PageUrl));
    }

    [Fact]
    public void A_data_attribute_ending_in_id_is_not_an_id()
    {
        var html = "<div data-embed-id=\"timeline\"><a href=\"#timeline\">Zeitleiste</a></div>";

        Assert.Equal(
            "<div data-embed-id=\"timeline\"><a href=\"/explainer/putin-nordkorea/#timeline\" target=\"_blank\" rel=\"noopener\">Zeitleiste</a></div>",
            EmbedLinks.PointOutside(html, PageUrl));
    }

    [Fact]
    public void A_page_without_fragment_links_is_copied_as_it_is()
    {
        Assert.Equal("<p>Vertrag</p>\n", EmbedLinks.PointOutside("<p>Vertrag</p>\n", PageUrl));
    }
}
