using System.Collections.Concurrent;
using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Pages;
using Explainer.Tests.Support;
using Explainer.Build.Explainers;

namespace Explainer.Tests.Engine;

/// <summary>BuildExplainers takes each explainer through its steps in order; a step can end an explainer's way.</summary>
public sealed class ExplainerStepsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Each_explainer_goes_through_the_steps_in_order_until_one_ends_its_way_and_only_a_summary_goes_on()
    {
        var log = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        var result = await RunAsync(
            new Step("read", log, _ => true),
            new Step("stop b", log, e =>
            {
                if (e.Slug == "b")
                {
                    e.Diagnostics.Add(new SourceLocation("b/article.md", 3, 4), ErrorCodes.InvalidValue, "b is wrong");
                }

                return e.Slug != "b";
            }),
            new Step("summarise", log, e =>
            {
                e.Summary = new ExplainerSummary(e.Slug, $"/{e.Slug}/", "de", new Explainer.Content.ArticleFrontMatter(e.Slug, null, [], null, null, null, null, null), new CardImage($"/{e.Slug}/social.png", 1200, 630));
                return true;
            }));

        Assert.Equal(["read", "stop b", "summarise"], log["a"]);
        Assert.Equal(["read", "stop b"], log["b"]);
        var summaries = result.ProcessOutputs["Explainers"].Select(d => d.Get<ExplainerSummary>(BuildExplainers.SummaryKey).Slug);
        Assert.Equal(["a"], summaries);
        Assert.Equal("b/article.md(3,4): error XPL0113: b is wrong", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_step_that_needs_what_an_earlier_step_did_not_make_fails_naming_that_step()
    {
        var result = await RunAsync(new Step("render", new(), e => e.View is not null));

        Assert.All(result.Diagnostics, d => Assert.Contains("The step LayOutPage has not run on this explainer.", d.Message, StringComparison.Ordinal));
        Assert.NotEmpty(result.Diagnostics);
    }

    private Task<EngineResult> RunAsync(params IExplainerStep[] steps)
    {
        var settings = new BuildSettings(_temp.Combine("in"), _temp.Combine("out"), _temp.Combine("theme"));
        settings.WithService(new SiteWriter(settings));
        var pipeline = new Pipeline("Explainers")
            .WithInput(new InlineModule((_, _) => [Document.Create("a/article.md", null, "text/markdown", ""), Document.Create("b/article.md", null, "text/markdown", "")]))
            .WithProcess(new BuildExplainers(steps));
        return new PipelineEngine([pipeline]).RunAsync(settings, TestContext.Current.CancellationToken);
    }

    private sealed class Step(string name, ConcurrentDictionary<string, ConcurrentQueue<string>> log, Func<ExplainerWork, bool> run) : IExplainerStep
    {
        public bool Run(ExplainerWork explainer)
        {
            log.GetOrAdd(explainer.Slug, _ => new()).Enqueue(name);
            return run(explainer);
        }
    }
}
