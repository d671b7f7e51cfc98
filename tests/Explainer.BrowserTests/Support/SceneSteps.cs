using Microsoft.Playwright;

namespace Explainer.BrowserTests.Support;

/// <summary>Reading a scene as a reader scrolls it: a step brought to the middle of the screen, and a graphic waited for until it stops moving.</summary>
public static class SceneSteps
{
    /// <summary>Scrolls the block to the middle of the viewport and waits until its step is the active one.</summary>
    public static async Task ScrollToMiddleAsync(IPage tab, string blockId)
    {
        await tab.EvaluateAsync("""
            id => { const e = document.getElementById(id); const r = e.getBoundingClientRect(); window.scrollBy({ top: r.top + r.height / 2 - innerHeight / 2, behavior: 'instant' }); }
            """, blockId);
        await tab.WaitForFunctionAsync("id => document.getElementById(id).closest('.scene__step').classList.contains('is-active')", blockId);
    }

    /// <summary>
    /// What <paramref name="measure"/> (a function of <paramref name="argument"/>) gives once it gives
    /// the same numbers twice 100 ms apart: a transition has ended. Gives up after six seconds.
    /// </summary>
    public static async Task<double[]> SettledAsync(IPage tab, string measure, string argument)
    {
        double[] last = [];
        for (var i = 0; i < 60; i++)
        {
            await tab.WaitForTimeoutAsync(100);
            var now = await tab.EvaluateAsync<double[]>(measure, argument);
            if (last.Length > 0 && now.Zip(last).All(p => Math.Abs(p.First - p.Second) < 1e-3))
            {
                return now;
            }

            last = now;
        }

        return last;
    }
}
