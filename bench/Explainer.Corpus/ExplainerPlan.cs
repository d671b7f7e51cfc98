namespace Explainer.Corpus;

/// <summary>A paragraph added to the seed's article, with the quote it carries.</summary>
public sealed record ExtraParagraph(string Id, string Text, string QuoteId, string QuoteText, string SpeakerId);

/// <summary>A person added to the seed's people.</summary>
public sealed record ExtraPerson(string Id, string Name, string Role);

/// <summary>
/// What explainer number <see cref="Index"/> of a corpus looks like: its slug, title and date, the
/// suffix its seed ids get, and the paragraphs, quotes and people added to the seed. The article
/// and explainer.yml are both written from this plan, so every reference between them holds.
/// </summary>
public sealed class ExplainerPlan
{
    private static readonly string[] TitlePrefixes = ["", "Hintergrund: ", "Nachgefragt: ", "Analyse: ", "Erklärt: "];
    private static readonly string[] FirstNames = ["Anna", "Jonas", "Mira", "Felix", "Lea", "Tobias", "Sara", "David", "Nora", "Malte"];
    private static readonly string[] LastNames = ["Berger", "Kowalski", "Yilmaz", "Schmidt", "Nguyen", "Hoffmann", "Rossi", "Lindqvist"];
    private static readonly string[] Roles = ["Politologin", "Historiker", "Korrespondentin in Seoul", "Sicherheitsexperte", "Diplomat a. D."];

    public ExplainerPlan(SeedExplainer seed, int index)
    {
        var random = Variation.For(index);
        Seed = seed;
        Index = index;
        Slug = $"{seed.Slug}-{index + 1:D4}";
        IdSuffix = (index % 3) switch { 0 => string.Empty, 1 => "-b", _ => "-c" };
        Title = $"{random.Pick(TitlePrefixes)}{seed.Title} ({index + 1})";
        Dek = seed.Dek is null ? null : random.Chance(0.5) ? $"{seed.Dek} {random.Pick(seed.Sentences)}" : seed.Dek;
        Published = new DateTimeOffset(2024, 6, 19, 18, 0, 0, TimeSpan.FromHours(2)).AddHours(-7 * index + random.Between(0, 6));
        Hero = index % 4 == 0;

        // Most explainers are small, some medium, a few large: the largest one bounds memory.
        var extras = random.Between(0, 99) switch
        {
            < 70 => random.Between(2, 6),
            < 95 => random.Between(8, 16),
            _ => random.Between(24, 40),
        };

        People = Enumerable.Range(1, random.Between(1, 3))
            .Select(k => new ExtraPerson($"person-{k}", $"{random.Pick(FirstNames)} {random.Pick(LastNames)}", random.Pick(Roles)))
            .ToList();
        var speakers = People.Select(p => (p.Id, p.Name)).Concat(seed.People.Select(p => (Id: Rename(p.Id), p.Name))).ToList();
        Paragraphs = Enumerable.Range(1, extras).Select(k =>
        {
            var sentences = Enumerable.Range(0, random.Between(2, 5)).Select(_ => random.Pick(seed.Sentences));
            var words = random.Pick(seed.Sentences).TrimEnd('.', '?').Split(' ');
            var quote = string.Join(' ', words.Take(random.Between(5, Math.Min(12, words.Length)))).TrimEnd(',', ':', ';');
            var speaker = random.Pick(speakers);
            var text = $"{string.Join(' ', sentences)} „{quote}“, sagte {speaker.Name}.";
            return new ExtraParagraph($"p-extra-{k}", text, $"zitat-{k}", quote, speaker.Id);
        }).ToList();
        SceneSteps = Math.Min(Paragraphs.Count, 4) >= 3 ? Math.Min(Paragraphs.Count, 4) : 0;
        Events = (Paragraphs.Count + 1) / 2;
    }

    public SeedExplainer Seed { get; }

    public int Index { get; }

    public string Slug { get; }

    /// <summary>Appended to every seed id ("" for a third of the corpus), in the article and explainer.yml alike.</summary>
    public string IdSuffix { get; }

    public string Title { get; }

    public string? Dek { get; }

    public DateTimeOffset Published { get; }

    /// <summary>Whether the front matter names a hero image (<see cref="HeroImageId"/>); the others keep the seed's hero.</summary>
    public bool Hero { get; }

    /// <summary>The media id of the hero image.</summary>
    public const string HeroImageId = "titelbild";

    /// <summary>The hero image's file, relative to the explainer's folder.</summary>
    public const string HeroImageSrc = "media/hero.png";

    public IReadOnlyList<ExtraPerson> People { get; }

    /// <summary>New paragraphs after the seed's text, one quote each.</summary>
    public IReadOnlyList<ExtraParagraph> Paragraphs { get; }

    /// <summary>How many of the new paragraphs form a second scene (0: none).</summary>
    public int SceneSteps { get; }

    /// <summary>New timeline events, one per two new paragraphs.</summary>
    public int Events { get; }

    /// <summary>The id a seed id has in this explainer; new ids stay as they are.</summary>
    public string Rename(string id) => Seed.Ids.Contains(id) ? id + IdSuffix : id;
}
