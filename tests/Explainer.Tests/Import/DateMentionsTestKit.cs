using Explainer.Import;

namespace Explainer.Tests.Import;

/// <summary>Dates found in one sentence, written as explainer.yml writes them; the anchor is the research brief's.</summary>
internal static class DateMentionsTestKit
{
    /// <summary>Wednesday, 19 June 2024 (published 07:30 +02:00).</summary>
    public static readonly DateOnly Anchor = new(2024, 6, 19);

    public static string[] Dates(string sentence, string language, DateOnly? anchor = null) =>
        [.. DateMentions.Find(sentence, ImportLanguages.Find(language)!, anchor ?? Anchor)
            .Select(d => d.End is { } end ? $"{d.Iso}/{DateMention.Format(end, DatePrecision.Day)}" : d.Iso)];
}
