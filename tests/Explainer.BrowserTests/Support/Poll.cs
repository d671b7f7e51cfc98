namespace Explainer.BrowserTests.Support;

/// <summary>
/// A bounded wait for a condition Playwright cannot wait for itself: with JavaScript turned off, its
/// in-page waits never run (they rely on the page's timers), so the test asks from outside.
/// </summary>
public static class Poll
{
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
