using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Explainer.Corpus;

/// <summary>
/// Writes the explainer.yml of a planned explainer: the seed's entries with renamed ids, plus new
/// timeline events, people, quotes, a perspective, a scene and media that refer to the new paragraphs.
/// </summary>
public static class DataWriter
{
    public static string Write(ExplainerPlan plan)
    {
        var random = Variation.For(plan.Index + 2_000_000);
        var stream = new YamlStream();
        stream.Load(new StringReader(plan.Seed.Data));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Rename(root, plan);

        var media = Section(root, "media");
        media.Add(Map(("id", "bild-1"), ("type", "image"), ("src", "media/bild-1.png"), ("alt", "Ein Platzhalterbild"),
            ("caption", $"Bild zu „{plan.Title}“"), ("credit", "Beispielagentur")));
        if (plan.Hero)
        {
            media.Add(Map(("id", ExplainerPlan.HeroImageId), ("type", "image"), ("src", ExplainerPlan.HeroImageSrc), ("alt", $"Titelbild zu „{plan.Title}“"),
                ("credit", "Beispielagentur")));
        }

        media.Add(Map(("id", "video-1"), ("type", "video"), ("url", $"https://www.example.org/video/{plan.Slug}"),
            ("provider", "Beispiel-TV"), ("caption", "Ein Video zum Thema")));

        var people = Section(root, "people");
        foreach (var (person, i) in plan.People.Select((p, i) => (p, i)))
        {
            var entry = Map(("id", person.Id), ("name", person.Name), ("role", person.Role));
            if (i == 0)
            {
                entry.Add("portrait", "bild-1");
                entry.Add("aliases", new YamlSequenceNode(new YamlScalarNode($"Frau {person.Name.Split(' ')[1]}")));
            }

            people.Add(entry);
        }

        var quotes = Section(root, "quotes");
        foreach (var p in plan.Paragraphs)
        {
            quotes.Add(Map(("id", p.QuoteId), ("text", p.QuoteText), ("blocks", Seq(p.Id)), ("speaker", p.SpeakerId),
                ("note", random.Pick(plan.Seed.Sentences))));
        }

        var timeline = Section(root, "timeline");
        for (var k = 1; k <= plan.Events; k++)
        {
            var sentence = random.Pick(plan.Seed.Sentences);
            var date = random.Between(0, 2) switch
            {
                0 => random.Between(2001, 2023).ToString(CultureInfo.InvariantCulture),
                1 => $"{random.Between(2001, 2023)}-{random.Between(1, 12):D2}",
                _ => $"{random.Between(2001, 2023)}-{random.Between(1, 12):D2}-{random.Between(1, 28):D2}",
            };
            var entry = Map(("id", $"ereignis-{k}"), ("date", date), ("title", string.Join(' ', sentence.Split(' ').Take(5))),
                ("text", sentence), ("mentions", Seq(plan.Paragraphs[(k - 1) * 2].Id)));
            if (k == 1)
            {
                entry.Add("media", "bild-1");
                entry.Add("source", Map(("title", "Beispielquelle"), ("url", $"https://www.example.org/quellen/{plan.Slug}/ereignis")));
            }

            timeline.Add(entry);
        }

        Section(root, "perspectives").Add(Perspective(plan, random));
        if (plan.SceneSteps > 0)
        {
            Section(root, "scenes").Add(Scene(plan));
        }

        var writer = new StringWriter { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlMappingNode Perspective(ExplainerPlan plan, Variation random)
    {
        var views = new YamlSequenceNode();
        var count = Math.Min(plan.Paragraphs.Count, random.Between(2, 3));
        for (var v = 0; v < count; v++)
        {
            var paragraph = plan.Paragraphs[v];
            var view = Map(("id", $"sicht-{v + 1}"), ("label", $"Sicht {v + 1}"), ("held_by", plan.People[v % plan.People.Count].Name),
                ("summary", random.Pick(plan.Seed.Sentences)), ("evidence", Seq(paragraph.Id, paragraph.QuoteId)));
            view.Add("people", Seq(plan.People[v % plan.People.Count].Id));
            views.Add(view);
        }

        return Map(("id", "sichtweisen-hintergrund"), ("question", "Wie ist das einzuordnen?"),
            ("intro", random.Pick(plan.Seed.Sentences)), ("views", views));
    }

    private static YamlMappingNode Scene(ExplainerPlan plan)
    {
        var steps = new YamlSequenceNode();
        for (var s = 0; s < plan.SceneSteps; s++)
        {
            var show = s switch
            {
                0 => Map(("timeline", "ereignis-1")),
                1 => Map(("quote", plan.Paragraphs[1].QuoteId)),
                2 => Map(("media", "bild-1")),
                _ => Map(("timeline", $"ereignis-{plan.Events}")),
            };
            steps.Add(Map(("block", plan.Paragraphs[s].Id), ("show", show)));
        }

        return Map(("id", "szene-hintergrund"), ("title", "Der Hintergrund"), ("steps", steps));
    }

    /// <summary>Renames every scalar that is a seed id; text fields never consist of an id alone.</summary>
    private static void Rename(YamlNode node, ExplainerPlan plan)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value } scalar:
                scalar.Value = plan.Rename(value);
                break;
            case YamlMappingNode map:
                foreach (var value in map.Children.Values)
                {
                    Rename(value, plan);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    Rename(item, plan);
                }

                break;
        }
    }

    /// <summary>The sequence under a top-level key, created when the seed has none.</summary>
    private static YamlSequenceNode Section(YamlMappingNode root, string key)
    {
        if (root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        sequence = new YamlSequenceNode();
        root.Children[new YamlScalarNode(key)] = sequence;
        return sequence;
    }

    private static YamlMappingNode Map(params (string Key, object Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            map.Add(key, value as YamlNode ?? new YamlScalarNode((string)value));
        }

        return map;
    }

    private static YamlSequenceNode Seq(params string[] items) => new(items.Select(i => new YamlScalarNode(i)));
}
