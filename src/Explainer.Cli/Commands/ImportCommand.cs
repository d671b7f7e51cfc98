using System.CommandLine;
using System.Globalization;
using Explainer.Content;
using Explainer.Import;

namespace Explainer.Cli.Commands;

/// <summary>
/// <c>explainer import FILE --slug SLUG</c>: drafts <c>INPUT/SLUG/article.md</c> and
/// <c>INPUT/SLUG/explainer.yml</c> from a plain text or Markdown article.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file")
        {
            Description = "The article: plain text (paragraphs separated by blank lines, or one per line) or Markdown (.md).",
        };
        var slug = new Option<string>("--slug")
        {
            Description = "The explainer's folder name and URL segment: lower-case letters, digits and hyphens.",
            Required = true,
        };
        slug.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !BlockIds.IsValidSlug(value))
            {
                result.AddError($"--slug must use only lower-case letters, digits and hyphens, not '{value}'.");
            }
        });
        var language = new Option<string?>("--lang")
        {
            Description = "The article's language: de, en or fr. Default: guessed from the text.",
        };
        language.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && ImportLanguages.Find(value) is null)
            {
                result.AddError($"--lang must be one of {string.Join(", ", ImportLanguages.Codes)}, not '{value}'.");
            }
        });
        var published = new Option<DateTimeOffset?>("--published")
        {
            Description = "When the article was published, with its offset (2024-06-19T07:30+02:00): dates without a year and weekdays are read against it. Default: the byline's date, if any.",
        };
        var input = CommonOptions.Input();
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite article.md and explainer.yml of an explainer that exists.",
        };
        var command = new Command("import", "Draft an explainer from an article: article.md with block ids, and explainer.yml with people, quotes, perspectives and media to check.")
        {
            file, slug, language, published, input, force,
        };

        command.SetAction(parse =>
        {
            var request = new ImportRequest(parse.GetValue(file)!, parse.GetValue(slug)!, parse.GetValue(input)!, parse.GetValue(language), parse.GetValue(force), parse.GetValue(published));
            var result = ExplainerImporter.Run(request);
            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            if (!result.Succeeded)
            {
                return Program.ContentErrors;
            }

            var draft = result.Draft!;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported {draft.Paragraphs.Count()} paragraphs ({draft.Language}): {draft.Quotes.Count} quotes, {draft.Terms.Count} quoted terms, {draft.People.Count} people, {draft.Perspectives.Sum(p => p.Views.Count)} views, {draft.Media.Count} media."));
            foreach (var written in result.FilesWritten)
            {
                stdout.WriteLine("  wrote " + written);
            }

            stdout.WriteLine("Check every TODO in both files.");
            return Program.Success;
        });
        return command;
    }
}
