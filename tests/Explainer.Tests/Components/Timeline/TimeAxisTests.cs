using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Components.Timeline;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Tests.Snapshots;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components.Timeline;

/// <summary>The seed's axis as drawn: its break, its labels in rows that never meet, its focus, the same bytes every time.</summary>
public sealed partial class TimeAxisTests
{
    private static readonly (string Id, string Title)[] SeedEvents =
    [
        ("besuch-2000", "Putin in Pjöngjang"), ("gipfel-2019", "Erstes Gipfeltreffen Putin–Kim Jong Un"),
        ("invasion-2022", "Russland überfällt die Ukraine"), ("wostotschny-2023", "Kim Jong Un im Kosmodrom Wostotschny"),
        ("erlaubnis-2024", "Ukraine darf Ziele in Russland angreifen"), ("besuch-2024", "Putin in Pjöngjang, Vertrag unterzeichnet"),
    ];

    private static PartialDate Date(string iso) => PartialDate.TryParse(iso, out var date) ? date : throw new ArgumentException(iso);

    private static TimeAxis Seed(string language = "de")
    {
        var diagnostics = new DiagnosticBag();
        var strings = UiStrings.Load(Repository.Theme, p => p, diagnostics).For(language);
        var events = TimeScaleTests.Seed.Select((e, i) => new AxisEvent(SeedEvents[i].Id, Date(e.Date), e.End is null ? null : Date(e.End), SeedEvents[i].Title)).ToList();
        return TimeAxis.Draw(events, language, strings.Get);
    }

    [Fact]
    public Task The_seed_s_axis_matches_its_snapshot() => HtmlSnapshot.VerifyAsync(Seed().Html(null).Value);

    [Fact]
    public Task The_seed_s_axis_printed_with_a_scene_step_matches_its_snapshot() => HtmlSnapshot.VerifyAsync(Seed().CompactHtml("erlaubnis-2024").Value);

    [Fact]
    public void A_printed_step_s_axis_has_the_narrow_layout_only_with_its_event_in_focus()
    {
        var html = Seed().CompactHtml("besuch-2024").Value;

        Assert.StartsWith("<div class=\"timeline-axis timeline-axis--compact\" aria-hidden=\"true\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<svg "));
        Assert.Contains("<svg class=\"timeline-axis__narrow\"", html, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"is-focus\" data-id=\"besuch-2024\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_break_after_2000_is_told_in_words_in_the_list_and_on_the_axis()
    {
        var axis = Seed();

        Assert.Equal([null, "19 Jahre später", null, null, null, null], axis.GapBefore);
        Assert.Equal(2, Regex.Count(axis.Html(null).Value, ">19 Jahre später</text>"));
        Assert.Equal("19 years later", Seed("en").GapBefore[1]);
    }

    [Fact]
    public void It_is_hidden_from_assistive_technology_and_has_nothing_to_focus()
    {
        var html = Seed().Html(null).Value;

        Assert.StartsWith("<div class=\"timeline-axis\" aria-hidden=\"true\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tabindex", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" id=", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<svg class=\"timeline-axis__(narrow|wide)\" viewBox=\"0 0 640 "));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void In_each_layout_labels_never_overlap_nor_leave_the_frame_and_the_narrow_one_has_two_rows_at_most(int layout)
    {
        var laidOut = Seed().LaidOutIn(layout);
        var gap = 0.5 * laidOut.Layout.FontSize;

        Assert.NotEmpty(laidOut.Labels);
        Assert.All(laidOut.Labels, l => Assert.InRange(l.Row, 0, laidOut.Layout.MaxRows - 1));
        Assert.All(laidOut.Labels, l => Assert.True(l.Box.Left >= 0 && l.Box.Right <= TimeAxis.Width, $"{l.Text} at {l.Box}"));
        foreach (var a in laidOut.Labels)
        {
            foreach (var b in laidOut.Labels.Where(b => b != a && b.Row == a.Row))
            {
                Assert.False(a.Box.Overlaps(b.Box, gap), $"'{a.Text}' and '{b.Text}' overlap in row {a.Row}");
            }
        }

        Assert.True(TimeAxis.Layouts[0].MaxRows <= 2);
    }

    [Fact]
    public void On_a_wide_screen_every_event_of_the_seed_is_labelled()
    {
        var wide = Seed().LaidOutIn(1);

        Assert.Equal(SeedEvents.Length, wide.Labels.Count);
        Assert.Equal(["2000", "2020", "2021", "2022", "2023", "2024"], wide.Ticks.Select(t => t.Text));
    }

    [Fact]
    public void The_event_in_focus_and_only_it_is_marked_in_both_layouts()
    {
        var html = Seed().Html("gipfel-2019").Value;

        var marked = FocusMark().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, marked.Count);  // its dot and label, in each layout
        Assert.All(marked, id => Assert.Equal("gipfel-2019", id));
        Assert.DoesNotContain("is-focus", Seed().Html(null).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_are_cut_after_a_whole_word_or_not_shown()
    {
        Assert.Equal("Putin in Pjöngjang", TimeAxis.Cuts("Putin in Pjöngjang", 20, 1000).First());
        Assert.Equal(["Erstes Gipfeltreffen Putin–Kim Jong Un", "Erstes Gipfeltreffen Putin–Kim Jong…", "Erstes Gipfeltreffen Putin–Kim…", "Erstes Gipfeltreffen…"],
            TimeAxis.Cuts("Erstes Gipfeltreffen Putin–Kim Jong Un", 20, 1000));
        Assert.Equal(["Putin in…"], TimeAxis.Cuts("Putin in Pjöngjang, Vertrag", 20, 110));
        Assert.Empty(TimeAxis.Cuts("Putin in Pjöngjang", 20, 40));
    }

    [Fact]
    public void A_timeline_of_four_hundred_events_is_drawn_in_a_moment_with_every_label_clear()
    {
        var events = Enumerable.Range(0, 400).Select(i => new AxisEvent($"e-{i}", Date($"{1900 + (i / 4):D4}-{1 + (i % 12):D2}"), null, $"Ereignis Nummer {i} mit einem langen Titel")).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var axis = TimeAxis.Draw(events, "de", _ => "{0}");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        foreach (var layout in new[] { 0, 1 })
        {
            var laidOut = axis.LaidOutIn(layout);
            Assert.All(laidOut.Labels, l => Assert.InRange(l.Row, 0, laidOut.Layout.MaxRows - 1));
            Assert.All(laidOut.Labels, a => Assert.DoesNotContain(laidOut.Labels, b => b != a && b.Row == a.Row && a.Box.Overlaps(b.Box, 0)));
        }
    }

    [Fact]
    public void The_same_events_draw_the_same_bytes_in_every_culture()
    {
        var invariant = Seed().Html("besuch-2024").Value;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, Seed().Html("besuch-2024").Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.DoesNotMatch(@"\d,\d", invariant);
    }

    [GeneratedRegex("class=\"is-focus\" data-id=\"([^\"]+)\"")]
    private static partial Regex FocusMark();
}
