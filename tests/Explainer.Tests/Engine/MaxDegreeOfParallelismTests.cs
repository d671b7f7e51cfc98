using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>Per-document modules work on at most MaxDegreeOfParallelism documents at once; 1 is a sequential build.</summary>
public sealed class MaxDegreeOfParallelismTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_per_document_module_never_works_on_more_documents_at_once_than_allowed(int degree)
    {
        var counter = new ConcurrencyCounter();
        var settings = new BuildSettings(TestEngine.InputFolder, "engine-output", "engine-theme") { MaxDegreeOfParallelism = degree };
        var pipelines = new[]
        {
            new Pipeline("A").WithInput(new CreateDocuments([.. Enumerable.Range(0, 12).Select(i => $"a{i}")])).WithProcess(counter),
            new Pipeline("B").WithInput(new CreateDocuments([.. Enumerable.Range(0, 12).Select(i => $"b{i}")])).WithProcess(counter),
        };

        var result = await new PipelineEngine(pipelines).RunAsync(settings, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // A sequential build also runs one pipeline phase at a time; otherwise each pipeline has its own degree.
        Assert.InRange(counter.Peak, 1, degree == 1 ? 1 : degree * pipelines.Length);
        Assert.Equal(24, result.ProcessOutputs.Values.Sum(d => d.Count));
    }

    /// <summary>Holds each document a moment and records how many were held at once.</summary>
    private sealed class ConcurrencyCounter : PerDocumentModule
    {
        private int _current;
        private int _peak;

        public int Peak => _peak;

        protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
        {
            var now = Interlocked.Increment(ref _current);
            InterlockedMax(ref _peak, now);
            await Task.Delay(5, context.CancellationToken);
            Interlocked.Decrement(ref _current);
            return [input];
        }

        private static void InterlockedMax(ref int target, int value)
        {
            for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            {
                if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                {
                    return;
                }
            }
        }
    }
}
