using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>axe-core finds no WCAG 2.2 A/AA violation on any page, in light and in dark.</summary>
public sealed class AccessibilityTests(SiteUnderTest site)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Theory(Timeout = GateTimeouts.EveryPage)]
    [InlineData(Viewport.PhoneName, "light")]
    [InlineData(Viewport.PhoneName, "dark")]
    [InlineData(Viewport.DesktopName, "light")]
    [InlineData(Viewport.DesktopName, "dark")]
    public async Task Axe_finds_no_wcag_violations(string viewportName, string colorScheme)
    {
        var viewport = Viewport.Named(viewportName);
        var scheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var context = await site.NewContextAsync(viewport, options => options.ColorScheme = scheme);
        var report = new StringBuilder();
        var violations = 0;
        var engine = string.Empty;

        foreach (var page in site.Pages)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            var tab = await SiteUnderTest.OpenAsync(context, page);
            Assert.True(await tab.EvaluateAsync<bool>($"() => matchMedia('(prefers-color-scheme: {colorScheme})').matches"), $"{colorScheme} is not emulated");

            var result = await tab.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(WcagTags) });
            engine = result.TestEngine?.Version ?? engine;
            Assert.True(result.Passes.Length > 0, $"{page}: axe ran no rule that passed; did it run at all?");
            foreach (var violation in result.Violations)
            {
                violations++;
                Describe(report, page, violation);
            }

            await tab.CloseAsync();
        }

        Assert.True(violations == 0,
            $"axe-core {engine} found {violations} violation(s) of {string.Join(", ", WcagTags)} at {viewport} in {colorScheme}:{Environment.NewLine}{report}");
    }

    private static void Describe(StringBuilder report, SitePage page, AxeResultItem violation)
    {
        report.AppendLine($"  {page}: [{violation.Impact}] {violation.Id}: {violation.Help}");
        report.AppendLine($"    {violation.HelpUrl}");
        foreach (var node in violation.Nodes)
        {
            report.AppendLine($"    at {node.Target}: {node.Html}");
            var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct();
            foreach (var message in checks)
            {
                report.AppendLine($"      - {message}");
            }
        }
    }
}
