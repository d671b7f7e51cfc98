using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Explainer.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Explainer.BrowserTests;

/// <summary>The "Embed" control of each section on the explainer page, and the embed pages every gate checks.</summary>
public sealed class EmbedControlTests(SiteUnderTest site)
{
    private const string Section = "timeline";

    [Fact(Timeout = 120_000)]
    public async Task The_embed_control_works_from_the_keyboard_and_hands_out_snippets_with_absolute_urls()
    {
        var cancel = TestContext.Current.CancellationToken;
        var origin = site.Url.GetLeftPart(UriPartial.Authority);
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = origin });
        var errors = ConsoleErrors.Watch(context);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var toggle = tab.Locator($"button[aria-controls='embed-{Section}']");
        var panel = tab.Locator($"#embed-{Section}");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(panel).ToBeHiddenAsync();

        // Tab from the top of the page to the toggle.
        var stops = await tab.EvaluateAsync<int>($"s => document.querySelectorAll(s).length", DomProbes.FocusableSelector);
        for (var i = 0; i <= stops && !await IsFocusedAsync(toggle); i++)
        {
            await tab.Keyboard.PressAsync("Tab");
        }

        Assert.True(await IsFocusedAsync(toggle), $"Tab never reached the Embed button of the {Section} in {stops} presses");

        // Enter opens the panel with both snippets.
        await tab.Keyboard.PressAsync("Enter");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(panel).ToBeVisibleAsync();
        var script = await panel.Locator("textarea[data-embed-form=script]").InputValueAsync();
        var iframe = await panel.Locator("textarea[data-embed-form=iframe]").InputValueAsync();
        await CheckSnippetsAsync(context, script, iframe);

        // Tab into the first text box: its snippet is selected, ready to copy by hand.
        cancel.ThrowIfCancellationRequested();
        await tab.Keyboard.PressAsync("Tab");
        var box = panel.Locator("textarea[data-embed-form=script]");
        Assert.True(await IsFocusedAsync(box), "Tab after the Embed button does not go to the first snippet");
        Assert.True(await box.EvaluateAsync<bool>("t => t.selectionStart === 0 && t.selectionEnd === t.value.length"), "the focused snippet is not selected");

        // Its copy button copies it, and says so.
        await tab.Keyboard.PressAsync("Tab");
        Assert.True(await IsFocusedAsync(panel.Locator("button[data-embed-copy=script]")), "Tab after the first snippet does not go to its copy button");
        await tab.Keyboard.PressAsync("Enter");
        await Expect(panel.Locator("[role=status]")).Not.ToBeEmptyAsync();
        Assert.Equal(script, await tab.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // Escape closes the panel from inside it and returns focus to the toggle; Enter opens and closes it again.
        await tab.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.True(await IsFocusedAsync(toggle), "after Escape, focus is not back on the Embed button");
        await tab.Keyboard.PressAsync("Enter");
        await Expect(panel).ToBeVisibleAsync();
        await tab.Keyboard.PressAsync("Enter");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        errors.AssertNone();
    }

    [Fact(Timeout = 120_000)]
    public async Task Every_embed_control_opens_its_own_panel_with_its_sections_snippets()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var errors = ConsoleErrors.Watch(context);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var sections = EmbedPages().Select(f => f.Split('/')[2]).ToList();
        Assert.Equal(sections.Count, await tab.Locator(".embed-control").CountAsync());
        foreach (var section in sections)
        {
            cancel.ThrowIfCancellationRequested();
            var toggle = tab.Locator($"#{section} button[aria-controls='embed-{section}']");
            var panel = tab.Locator($"#embed-{section}");

            // A dozen buttons on the page: each is named with its section's title, so a list of buttons tells them apart.
            var title = await tab.Locator($"#{section} .embed-control").GetAttributeAsync("data-embed-title");
            Assert.False(string.IsNullOrWhiteSpace(title));
            await Expect(toggle).ToHaveAccessibleNameAsync($"Einbetten: {title}");
            await toggle.ClickAsync();
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(panel).ToBeVisibleAsync();
            var url = new Uri(site.Url, $"putin-nordkorea/embed/{section}/").AbsoluteUri;
            await Expect(panel.Locator("textarea[data-embed-form=script]")).ToHaveValueAsync(new Regex($"data-explainer-embed=\"{Regex.Escape(url)}\""));
            await Expect(panel.Locator("textarea[data-embed-form=iframe]")).ToHaveValueAsync(new Regex($"^<iframe src=\"{Regex.Escape(url)}\""));
            await toggle.ClickAsync();
            await Expect(panel).ToBeHiddenAsync();
        }

        errors.AssertNone();
    }

    [Fact(Timeout = 120_000)]
    public async Task When_the_clipboard_refuses_the_snippet_is_selected_for_copying_by_hand()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        await context.GrantPermissionsAsync(["clipboard-read"], new BrowserContextGrantPermissionsOptions { Origin = site.Url.GetLeftPart(UriPartial.Authority) });
        var errors = ConsoleErrors.Watch(context);
        await context.AddInitScriptAsync("if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));");
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var panel = tab.Locator($"#embed-{Section}");
        await tab.Locator($"button[aria-controls='embed-{Section}']").ClickAsync();
        await panel.Locator("button[data-embed-copy=iframe]").ClickAsync();

        var box = panel.Locator("textarea[data-embed-form=iframe]");
        await Expect(box).ToBeFocusedAsync();
        Assert.True(await box.EvaluateAsync<bool>("t => t.selectionStart === 0 && t.selectionEnd === t.value.length"), "the snippet is not selected");

        // The old copy command still works here, so the snippet is on the clipboard after all, and the status says so.
        await Expect(panel.Locator("[role=status]")).Not.ToBeEmptyAsync();
        Assert.Equal(await box.InputValueAsync(), await tab.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        errors.AssertNone();
    }

    [Fact(Timeout = 120_000)]
    public async Task Without_javascript_no_embed_control_shows()
    {
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        await using var context = await site.NewContextAsync(Viewport.Desktop, options => options.JavaScriptEnabled = false);
        var tab = await SiteUnderTest.OpenAsync(context, site.SeedExplainer);
        var controls = tab.Locator(".embed-control");
        Assert.Equal(EmbedPages().Count, await controls.CountAsync());
        for (var i = 0; i < await controls.CountAsync(); i++)
        {
            await Expect(controls.Nth(i)).ToBeHiddenAsync();
        }
    }

    [Fact]
    public void Every_embed_page_is_among_the_pages_every_gate_checks()
    {
        // axe, vnu, keyboard, network, links, no-JavaScript and reduced motion all walk site.Pages.
        var embeds = EmbedPages();
        Assert.Equal(12, embeds.Count);
        Assert.All(embeds, file => Assert.Contains(site.Pages, p => p.File == file));
    }

    private List<string> EmbedPages() =>
        Directory.EnumerateDirectories(Path.Combine(site.Folder, "putin-nordkorea", "embed"))
            .Select(d => $"putin-nordkorea/embed/{Path.GetFileName(d)}/index.html")
            .ToList();

    /// <summary>Both snippets point at this server with absolute URLs that answer, and agree on title and height.</summary>
    private async Task CheckSnippetsAsync(IBrowserContext context, string script, string iframe)
    {
        var embedUrl = new Uri(site.Url, $"putin-nordkorea/embed/{Section}/").AbsoluteUri;
        var parser = new HtmlParser();

        var scriptForm = parser.ParseDocument("<!doctype html><body>" + script).Body!;
        var placeholder = scriptForm.QuerySelector("div[data-explainer-embed]");
        Assert.NotNull(placeholder);
        Assert.Equal(embedUrl, placeholder.GetAttribute("data-explainer-embed"));
        Assert.Equal(embedUrl, placeholder.QuerySelector("a")?.GetAttribute("href"));
        var loader = scriptForm.QuerySelector("script[async][src]");
        Assert.NotNull(loader);
        Assert.Equal(new Uri(site.Url, "assets/embed.js").AbsoluteUri, loader.GetAttribute("src"));

        var iframeForm = parser.ParseDocument("<!doctype html><body>" + iframe).Body!;
        var frame = iframeForm.QuerySelector("iframe");
        Assert.NotNull(frame);
        Assert.Equal(embedUrl, frame.GetAttribute("src"));
        Assert.Null(frame.GetAttribute("scrolling"));
        Assert.Equal(placeholder.GetAttribute("data-title"), frame.GetAttribute("title"));
        Assert.False(string.IsNullOrWhiteSpace(frame.GetAttribute("title")));
        Assert.Equal(placeholder.GetAttribute("data-height"), frame.GetAttribute("height"));
        Assert.Matches("^[0-9]+$", frame.GetAttribute("height") ?? string.Empty);

        foreach (var url in new[] { embedUrl, loader.GetAttribute("src")! })
        {
            var response = await context.APIRequest.GetAsync(url);
            Assert.True(response.Status == 200, $"{url} answers {response.Status}");
        }
    }

    private static Task<bool> IsFocusedAsync(ILocator element) => element.EvaluateAsync<bool>("e => e === document.activeElement");
}
