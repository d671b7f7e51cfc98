using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Load;

/// <summary>
/// Edits the seed's article.md at a steady pace, each time a real change of its text, as a writer
/// saving often would: "(Fassung N)" in one sentence of the body, or after the title. The file is
/// written in place, as most editors save.
/// </summary>
public sealed partial class ArticleEditor
{
    /// <summary>The sentence that is changed; its paragraph id stays, so the page keeps its anchors.</summary>
    private const string Sentence = "gibt es zwei Ansichten";
    private const string SentenceEnd = " {#p-zwei-ansichten}";

    private readonly string _article;
    private readonly EditKind _kind;
    private readonly string _original;

    public ArticleEditor(string article, EditKind kind)
    {
        _article = article;
        _kind = kind;
        _original = File.ReadAllText(article);
        var found = kind == EditKind.Title ? TitleLine().IsMatch(_original) : _original.Contains(Sentence, StringComparison.Ordinal) && _original.Contains(SentenceEnd, StringComparison.Ordinal);
        if (!found)
        {
            throw new InvalidOperationException($"{article} has no {(kind == EditKind.Title ? "title: line" : $"sentence \"{Sentence} …{SentenceEnd}\"")} to edit");
        }
    }

    /// <summary>How many edits were written.</summary>
    public int Edits { get; private set; }

    /// <summary>The text that the last edit put into the page, e.g. <c>(Fassung 97)</c>; null before the first.</summary>
    public string? LastMark => Edits == 0 ? null : Mark(Edits);

    /// <summary>Edits every <paramref name="interval"/> from <paramref name="from"/> until <paramref name="until"/> on the run's clock.</summary>
    public async Task RunAsync(TimeSpan interval, TimeSpan from, TimeSpan until, Stopwatch clock, CancellationToken stop)
    {
        try
        {
            if (from > clock.Elapsed)
            {
                await Task.Delay(from - clock.Elapsed, stop).ConfigureAwait(false);
            }

            using var timer = new PeriodicTimer(interval);
            while (clock.Elapsed + interval <= until && await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                Edits++;
                File.WriteAllText(_article, Edited(Edits));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C: the run ends early.
        }
    }

    private static string Mark(int number) => string.Create(CultureInfo.InvariantCulture, $"(Fassung {number})");

    private string Edited(int number)
    {
        if (_kind == EditKind.Title)
        {
            return TitleLine().Replace(_original, m => $"title: \"{m.Groups["title"].Value} {Mark(number)}\"", 1);
        }

        var start = _original.IndexOf(Sentence, StringComparison.Ordinal);
        var end = _original.IndexOf(SentenceEnd, start, StringComparison.Ordinal);
        return string.Concat(_original.AsSpan(0, start), $"{Sentence} {Mark(number)}.", _original.AsSpan(end));
    }

    // The seed's title is quoted (it has a colon): title: "Putin in Pjöngjang: Verzweiflung oder Kalkül?"
    [GeneratedRegex("^title: \"(?<title>[^\"\\n]*)\"$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
