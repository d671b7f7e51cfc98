using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Components.Maps;

/// <summary>A label with no room is left out and said, as a warning at the map's entry; the build goes on.</summary>
public sealed class MapWarningTests
{
    [Fact]
    public async Task A_crowded_map_builds_and_warns_of_each_label_left_out()
    {
        var folder = Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "Maps", "crowded");
        using var temp = new TempFolder();

        var result = await new SiteBuilder().BuildAsync(
            new BuildOptions(Path.Combine(folder, "input"), temp.Combine("_site"), Repository.Theme, DisplayRoot: folder),
            TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = (result.Warnings ?? []).Where(w => w.Code == ErrorCodes.MapLabelHidden).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w =>
        {
            Assert.Equal(DiagnosticSeverity.Warning, w.Severity);
            Assert.StartsWith("input/a/explainer.yml(3,5): warning XPL0116: map 'karte': the label '", w.ToString(), StringComparison.Ordinal);
        });

        // What is left out is not drawn; what is drawn is every other place.
        var page = File.ReadAllText(temp.Combine("_site", "a", "index.html"));
        var drawn = new[] { "Essen", "Bochum", "Dortmund", "Duisburg", "Gelsenkirchen", "Oberhausen" }.Where(n => page.Contains($">{n}</text>", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, drawn.Count + warnings.Count);
        Assert.NotEmpty(drawn);
    }
}
