using System.Globalization;
using System.Text;

namespace Explainer.Corpus;

/// <summary>Writes the article.md of a planned explainer: the seed's text, varied, and the new paragraphs.</summary>
public static class ArticleWriter
{
    public static string Write(ExplainerPlan plan)
    {
        // A generator of its own, so that the article's variations do not shift the plan's.
        var random = Variation.For(plan.Index + 1_000_000);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quoted(plan.Title)).Append('\n');
        if (plan.Dek is not null)
        {
            text.Append("dek: ").Append(Quoted(plan.Dek)).Append('\n');
        }

        text.Append("authors:\n  - name: Explainer-Redaktion\n");
        if (plan.People.Count > 1)
        {
            text.Append("  - name: ").Append(Quoted(plan.People[1].Name)).Append('\n');
        }

        text.Append("published: ").Append(plan.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("language: de\n");
        if (plan.Hero)
        {
            text.Append("hero: ").Append(ExplainerPlan.HeroImageId).Append('\n');
        }
        else if (plan.Seed.Hero is { } seedHero)
        {
            text.Append("hero: ").Append(plan.Rename(seedHero)).Append('\n');
        }

        text.Append("---\n");
        foreach (var line in plan.Seed.Body)
        {
            text.Append(Vary(line, plan, random)).Append('\n');
        }

        AppendExtras(text, plan);
        return text.ToString();
    }

    /// <summary>Renames the line's ids and, now and then, adds a sentence to a paragraph before its id.</summary>
    private static string Vary(string line, ExplainerPlan plan, Variation random)
    {
        var renamed = SeedExplainer.IdInArticle().Replace(line, m => m.Value[..2] + plan.Rename(m.Groups[1].Value));
        var id = SeedExplainer.TrailingId().Match(renamed);
        if (!id.Success || renamed.StartsWith(":::", StringComparison.Ordinal) || !random.Chance(0.4))
        {
            return renamed;
        }

        return $"{renamed[..id.Index]} {random.Pick(plan.Seed.Sentences)}{id.Value}";
    }

    private static void AppendExtras(StringBuilder text, ExplainerPlan plan)
    {
        text.Append("\n## Hintergrund\n\n");
        for (var i = 0; i < plan.Paragraphs.Count; i++)
        {
            if (i == 0 && plan.SceneSteps > 0)
            {
                text.Append("::: {.scene #szene-hintergrund}\n\n");
            }

            text.Append(plan.Paragraphs[i].Text).Append(" {#").Append(plan.Paragraphs[i].Id).Append("}\n\n");
            if (i == plan.SceneSteps - 1)
            {
                text.Append(":::\n\n");
            }
        }

        text.Append("Weiterlesen:\n\n");
        for (var k = 1; k <= 3; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"- [Quelle {k}](https://www.example.org/quellen/{plan.Slug}/{k}) zum Thema *{plan.Seed.Title}*\n");
        }
    }

    /// <summary>A YAML double-quoted string.</summary>
    internal static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
