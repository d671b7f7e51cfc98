using Explainer.Yaml;

namespace Explainer.Import;

/// <summary>
/// Writes the draft explainer.yml: people, quotes, perspectives and media in order of appearance,
/// every entry with an id, every guess marked with a TODO comment. Keys are snake_case.
/// </summary>
public static class DraftWriter
{
    /// <remarks><c>schemaComment</c>: The first line, from <see cref="Schemas.SchemaFiles.CommentFor"/>.</remarks>
    public static string Write(ImportDraft draft, string schemaComment)
    {
        var lines = new List<string> { schemaComment, "# Draft written by `explainer import`; check every TODO." };
        People(lines, draft.People);
        Quotes(lines, draft.Quotes, draft.Terms);
        Perspectives(lines, draft.Perspectives);
        Media(lines, draft.Media);
        Timeline(lines, draft.Events);
        return string.Join('\n', lines) + "\n";
    }

    private static void People(List<string> lines, IReadOnlyList<DraftPerson> people)
    {
        lines.Add(people.Count == 0 ? "people: []" : "people:");
        foreach (var person in people)
        {
            lines.Add($"  - id: {YamlScalars.Value(person.Id)}");
            lines.AddRange(YamlScalars.KeyValue("name", person.Name, 4));
            if (person.Role is not null)
            {
                lines.AddRange(YamlScalars.KeyValue("role", person.Role, 4));
            }

            AddComment(lines, 4, person.Note);
            if (person.Aliases.Count > 0)
            {
                lines.Add($"    aliases: {YamlScalars.FlowSequence(person.Aliases)}");
            }
        }
    }

    private static void Quotes(List<string> lines, IReadOnlyList<DraftQuote> quotes, IReadOnlyList<QuotedTerm> terms)
    {
        lines.Add(quotes.Count == 0 ? "quotes: []" : "quotes:");
        foreach (var quote in quotes)
        {
            lines.Add($"  - id: {YamlScalars.Value(quote.Id)}");
            lines.AddRange(YamlScalars.KeyValue("text", quote.Text, 4));
            lines.Add($"    blocks: {YamlScalars.FlowSequence(quote.Blocks)}");
            if (quote.Speaker is not null)
            {
                lines.Add($"    speaker: {YamlScalars.Value(quote.Speaker)}");
            }

            AddComment(lines, 4, quote.Note is null ? null : "speaker: " + quote.Note);
            lines.Add("    # note: TODO context note");
        }

        if (terms.Count > 0)
        {
            lines.Add("# Quoted terms, not speech (no entry needed):");
            foreach (var term in terms)
            {
                AddComment(lines, 0, $"- \"{term.Text}\" in {term.Block}");
            }
        }
    }

    private static void Perspectives(List<string> lines, IReadOnlyList<DraftPerspective> perspectives)
    {
        lines.Add(perspectives.Count == 0 ? "perspectives: []" : "perspectives:");
        foreach (var perspective in perspectives)
        {
            lines.Add($"  - id: {YamlScalars.Value(perspective.Id)}");
            AddComment(lines, 4, perspective.Source is null
                ? "TODO: the question these views answer"
                : $"TODO: refine the question, drafted from \"{perspective.Source}\"");
            lines.AddRange(YamlScalars.KeyValue("question", perspective.Question, 4));
            lines.Add("    views:");
            lines.Add("      # TODO: check each label; the summary is the sentence that presents the view.");
            foreach (var view in perspective.Views)
            {
                lines.Add($"      - id: {YamlScalars.Value(view.Id)}");
                lines.AddRange(YamlScalars.KeyValue("label", view.Label, 8));
                lines.AddRange(YamlScalars.KeyValue("summary", view.Summary, 8));
                lines.Add($"        evidence: {YamlScalars.FlowSequence(view.Evidence)}");
            }
        }
    }

    private static void Media(List<string> lines, IReadOnlyList<DraftMedia> media)
    {
        lines.Add(media.Count == 0 ? "media: []" : "media:");
        foreach (var item in media)
        {
            lines.Add($"  - id: {YamlScalars.Value(item.Id)}");
            lines.Add($"    type: {item.Type}");
            lines.AddRange(YamlScalars.KeyValue("caption", item.Caption, 4));
            lines.Add("    # url: TODO link to the video (loaded only when the reader clicks)");
            AddComment(lines, 4, $"from paragraph {item.Block}");
        }
    }

    private static void Timeline(List<string> lines, IReadOnlyList<DraftEvent> events)
    {
        if (events.Count == 0)
        {
            lines.Add("# The importer found no dates: add timeline events by hand.");
            lines.Add("timeline: []");
            return;
        }

        lines.Add("timeline:");
        lines.Add("  # TODO: check each date, shorten each title; the text is the sentence that mentions the date.");
        foreach (var item in events)
        {
            lines.Add($"  - id: {YamlScalars.Value(item.Id)}");
            lines.Add($"    date: {YamlScalars.Value(item.Date)}");
            if (item.End is not null)
            {
                lines.Add($"    end: {YamlScalars.Value(item.End)}");
            }

            lines.AddRange(YamlScalars.KeyValue("title", item.Title, 4));
            lines.AddRange(YamlScalars.KeyValue("text", item.Text, 4));
            lines.Add($"    mentions: {YamlScalars.FlowSequence([item.Block])}");
        }
    }

    private static void AddComment(List<string> lines, int indent, string? text)
    {
        if (text is not null)
        {
            lines.Add(new string(' ', indent) + "# " + YamlScalars.Comment(text));
        }
    }
}
