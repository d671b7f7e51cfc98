using Explainer.Engine;
using Explainer.Pages;

namespace Explainer.Build.Explainers;

/// <summary>
/// Takes each explainer from its files to its written pages through its <see cref="Steps"/>, in one
/// go: explainers are independent, so they run in parallel, and each is dropped once its files are
/// written. Only its <see cref="ExplainerSummary"/> goes on (to the index, feed and sitemap), so a
/// build's memory grows with its largest explainer, not with the number of explainers. The steps are
/// listed where the pipeline is declared (<see cref="SitePipelines"/>).
/// </summary>
/// <remarks>
/// Each input document names an explainer (<c>&lt;slug&gt;/article.md</c>, content not read). The
/// output: one light document per explainer with its summary (<see cref="SummaryKey"/>); none for an
/// explainer with errors. Its files are recorded by the build's <see cref="Modules.SiteWriter"/>.
/// </remarks>
public sealed class BuildExplainers(params IReadOnlyList<IExplainerStep> steps) : PerDocumentModule
{
    public const string SummaryKey = "explainer.summary";

    /// <summary>What is done to each explainer, in order; a step that returns false ends its way.</summary>
    public IReadOnlyList<IExplainerStep> Steps => steps;

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        using var explainer = new ExplainerWork(input.Source!.Split('/')[0], context);
        try
        {
            foreach (var step in steps)
            {
                if (!step.Run(explainer))
                {
                    break;
                }
            }

            return Task.FromResult<IEnumerable<Document>>(explainer.Summary is { } summary ? [Summary(summary)] : []);
        }
        finally
        {
            context.Diagnostics.AddRange(explainer.Diagnostics.ToSortedList());
        }
    }

    private static Document Summary(ExplainerSummary summary) =>
        Document.Create($"{summary.Slug}/article.md", null, "text/markdown", ReadOnlyMemory<byte>.Empty)
            .WithMetadata(SummaryKey, summary);
}
