using Explainer.Import;

namespace Explainer.Tests.Import;

public class FrenchImportTests
{
    private const string Narrow = "\u202F";
    private const string NoBreak = "\u00A0";

    private static readonly string Article = string.Join("\n",
        "Il y a deux points de vue sur la question de savoir pourquoi Vladimir Poutine se rend en Corée du Nord.",
        "D'une part, la Russie n'a pas d'autre choix. D'autre part, certains estiment que la Russie a beaucoup d'options.",
        $"«{Narrow}Poutine est en colère{Narrow}», a déclaré Chris Monday, professeur associé à l'université Dongseo de Busan.",
        $"«{Narrow}Il a le sentiment que l'Occident a franchi de nombreuses lignes rouges.{Narrow}»",
        $"Le «{NoBreak}partenariat stratégique global{NoBreak}» prévoit une clause en cas d'«{NoBreak}agression{NoBreak}».",
        $"«{Narrow}Les gens ici sont très inquiets{Narrow}», a dit M. Monday.",
        $"«{Narrow}Par exemple, on parle de plus en plus d'une arme nucléaire sud-coréenne.",
        $"«{Narrow}Il y a un an, cela semblait impossible, mais maintenant les gens en parlent.{Narrow}»",
        $"Selon Marie Dupont, porte-parole du ministère, «{Narrow}c'est une erreur historique{Narrow}».",
        $"«{Narrow}Nous répondrons{Narrow}», a-t-elle ajouté.",
        $"«{Narrow}On n'a jamais accueilli Poutine ainsi{Narrow}», a titré la une d'un tabloïd.",
        $"«{Narrow}Pour le rencontrer, ils ont réuni la moitié de la capitale{Narrow}», a poursuivi l'article.",
        $"Regardez{Narrow}: l'accueil de M. Kim pour M. Poutine");

    private static readonly ImportDraft Draft = ImportTestKit.Draft(Article, "fr");

    [Fact]
    public void Speech_is_found_with_its_speakers_and_the_spaces_inside_the_marks_are_dropped()
    {
        Assert.Equal(
        [
            ("Poutine est en colère", "chris-monday"),
            ("Il a le sentiment que l'Occident a franchi de nombreuses lignes rouges.", "chris-monday"),
            ("Les gens ici sont très inquiets", "chris-monday"),
            ("Par exemple, on parle de plus en plus d'une arme nucléaire sud-coréenne.\n\nIl y a un an, cela semblait impossible, mais maintenant les gens en parlent.", "chris-monday"),
            ("c'est une erreur historique", "marie-dupont"),
            ("Nous répondrons", "marie-dupont"),
            ("On n'a jamais accueilli Poutine ainsi", "tabloid"),
            ("Pour le rencontrer, ils ont réuni la moitié de la capitale", "tabloid"),
        ],
        Draft.Quotes.Select(q => (q.Text, q.Speaker)));
        Assert.Equal(["partenariat stratégique global", "agression"], Draft.Terms.Select(t => t.Text));
    }

    [Fact]
    public void Roles_come_from_appositions_and_short_forms_are_aliases()
    {
        var monday = Draft.Person("chris-monday");
        Assert.Equal(("Chris Monday", "professeur associé à l'université Dongseo de Busan"), (monday.Name, monday.Role));
        Assert.Equal(["M. Monday"], monday.Aliases);
        Assert.Equal("porte-parole du ministère", Draft.Person("marie-dupont").Role);
        Assert.Equal(["l'article"], Draft.Person("tabloid").Aliases);
    }

    [Fact]
    public void D_une_part_and_d_autre_part_give_two_views()
    {
        var perspective = Assert.Single(Draft.Perspectives);

        Assert.Equal(("pourquoi", "Pourquoi Vladimir Poutine se rend en Corée du Nord?"), (perspective.Id, perspective.Question));
        Assert.Equal(["Pas d'autre choix", "Beaucoup d'options"], perspective.Views.Select(v => v.Label));
    }

    [Fact]
    public void Regardez_gives_a_video()
    {
        var video = Assert.Single(Draft.Media);

        Assert.Equal("l'accueil de M. Kim pour M. Poutine", video.Caption);
    }

    [Fact]
    public void The_article_reads_back_verbatim()
    {
        var article = ImportTestKit.ReadBack(Draft);

        Assert.Equal(Article.Split('\n'), article.Blocks.Select(b => b.Text));
    }
}
