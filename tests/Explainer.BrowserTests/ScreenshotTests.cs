using Explainer.BrowserTests.Support;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>
/// Full-page screenshots of the seed explainer at phone and desktop size, saved to
/// artifacts/browser-tests/screenshots/. The copies in docs/screenshots/ are refreshed by hand, so a
/// test run never rewrites tracked files.
/// </summary>
public sealed class ScreenshotTests(SiteUnderTest site)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory(Timeout = 120_000)]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task A_full_page_screenshot_of_the_seed_explainer_is_saved(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        await using var context = await site.NewContextAsync(viewport);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), $"seed-{viewport.Name}.png");

        var png = await tab.ScreenshotAsync(new PageScreenshotOptions
        {
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
            Scale = ScreenshotScale.Css, // one pixel per CSS pixel: a third of the bytes of the phone's 2x, and how the README shows it anyway
        });
        await File.WriteAllBytesAsync(path, png, TestContext.Current.CancellationToken);

        Assert.Equal(PngSignature, png[..8]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal(viewport.Width, width);
        Assert.True(height > viewport.Height, $"a full-page screenshot should be taller than the viewport, not {height} px");
        TestContext.Current.SendDiagnosticMessage($"saved {path} ({width}x{height}, {png.Length:N0} bytes)");
    }
}
