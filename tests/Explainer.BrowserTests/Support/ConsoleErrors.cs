using Microsoft.Playwright;

namespace Explainer.BrowserTests.Support;

/// <summary>Console errors and uncaught exceptions on every page of a context, embedded frames included.</summary>
public sealed class ConsoleErrors
{
    private readonly Findings _findings = new();

    private ConsoleErrors()
    {
    }

    public static ConsoleErrors Watch(IBrowserContext context)
    {
        var errors = new ConsoleErrors();
        foreach (var page in context.Pages)
        {
            errors.Attach(page);
        }

        context.Page += (_, page) => errors.Attach(page);
        return errors;
    }

    public void AssertNone() => _findings.AssertNone("Console errors");

    private void Attach(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _findings.Add(page.Url, $"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _findings.Add(page.Url, $"uncaught script error: {error}");
    }
}
