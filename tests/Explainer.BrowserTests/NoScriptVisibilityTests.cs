using Explainer.BrowserTests.Content;
using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>Plain HTML first: with JavaScript off, every word of the article is there to read.</summary>
public sealed class NoScriptVisibilityTests(SiteUnderTest site)
{
    [Fact]
    public void The_seed_article_has_the_twenty_lines_this_gate_checks()
    {
        Assert.Equal(20, ExpectedContentCatalog.SeedLines().Count);
    }

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Every_expected_text_is_visible_without_javascript(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        await using var context = await site.NewContextAsync(viewport, options => options.JavaScriptEnabled = false);
        var findings = new Findings();
        var expectations = ExpectedContentCatalog.All().ToList();
        var checkedCount = 0;

        foreach (var page in site.Pages)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            var tab = await SiteUnderTest.OpenAsync(context, page);
            var overflow = await tab.EvaluateAsync<int>(DomProbes.HorizontalOverflow);
            if (overflow > 0)
            {
                findings.Add($"{page} at {viewport}", $"is {overflow} px wider than the viewport (readers must scroll sideways)");
            }

            foreach (var expected in expectations.Where(e => e.PagePath == page.Url.AbsolutePath))
            {
                checkedCount++;
                var problem = await WhyNotVisibleAsync(tab, expected);
                if (problem is not null)
                {
                    findings.Add($"{page} at {viewport}, {expected}", problem);
                }
            }

            await tab.CloseAsync();
        }

        var unmatched = expectations.Where(e => site.Pages.All(p => p.Url.AbsolutePath != e.PagePath)).ToList();
        foreach (var expected in unmatched)
        {
            findings.Add(expected.PagePath, $"the build wrote no such page, so {expected} cannot be checked");
        }

        findings.AssertNone("Content a reader cannot see without JavaScript");
        Assert.Equal(expectations.Count, checkedCount);
    }

    private static async Task<string?> WhyNotVisibleAsync(IPage tab, ExpectedContent expected)
    {
        var scope = tab.Locator(expected.Scope);
        var candidates = expected.Text is null ? scope : scope.GetByText(expected.Text);
        var count = await candidates.CountAsync();
        if (count == 0)
        {
            return expected.Text is null ? $"nothing matches '{expected.Scope}'" : $"the text is not on the page (inside '{expected.Scope}')";
        }

        // Text: one visible copy is enough. A scope without text: every element must be visible.
        string? firstProblem = null;
        for (var i = 0; i < count; i++)
        {
            var problem = await candidates.Nth(i).EvaluateAsync<string?>(DomProbes.WhyNotVisible);
            if (problem is null && expected.Text is not null)
            {
                return null;
            }

            if (problem is not null)
            {
                firstProblem ??= count > 1 ? $"match {i + 1} of {count} {problem}" : problem;
                if (expected.Text is null)
                {
                    return firstProblem;
                }
            }
        }

        return firstProblem;
    }
}
