using System.Collections.Concurrent;
using System.Diagnostics;
using Explainer.Diagnostics;

namespace Explainer.Engine;

/// <summary>
/// Runs pipelines by Statiq's phase rules: Process waits for its own Input and its dependencies'
/// Process; PostProcess waits for every pipeline's Process; Output waits for its own PostProcess.
/// Independent phases run in parallel; each phase's documents keep a deterministic order.
/// </summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;
    private readonly Dictionary<string, Pipeline> _byName;
    private readonly Dictionary<string, HashSet<string>> _reachable;

    /// <summary>Checks the pipeline graph; throws <see cref="PipelineGraphException"/> on a cycle or an unknown dependency.</summary>
    public PipelineEngine(IEnumerable<Pipeline> pipelines)
    {
        _pipelines = pipelines.ToList();
        _byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var p in _pipelines)
        {
            if (!_byName.TryAdd(p.Name, p))
            {
                throw new PipelineGraphException($"Two pipelines are named '{p.Name}'.");
            }
        }

        foreach (var p in _pipelines)
        {
            foreach (var d in p.Dependencies.Where(d => !_byName.ContainsKey(d)))
            {
                throw new PipelineGraphException($"Pipeline '{p.Name}' depends on unknown pipeline '{d}'.");
            }
        }

        CheckForCycles();
        _reachable = _pipelines.ToDictionary(p => p.Name, p => Reachable(p.Name), StringComparer.Ordinal);
    }

    /// <summary>Receives one line per pipeline and phase: document count and milliseconds.</summary>
    public Action<string>? PhaseLog { get; init; }

    /// <summary>Receives lines modules log at detailed verbosity.</summary>
    public Action<string>? DetailLog { get; init; }

    public async Task<EngineResult> RunAsync(BuildSettings settings, CancellationToken cancellationToken = default)
    {
        var run = new Run(this, settings, cancellationToken);
        await run.ExecuteAsync().ConfigureAwait(false);
        return new EngineResult(run.Diagnostics.ToSortedList(), run.ProcessOutputs(), run.FinalOutputs());
    }

    private void CheckForCycles()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new Stack<string>();

        void Visit(string name)
        {
            state.TryGetValue(name, out var s);
            if (s == 2)
            {
                return;
            }

            if (s == 1)
            {
                var cycle = path.Reverse().SkipWhile(n => n != name).Append(name);
                throw new PipelineGraphException($"Pipeline dependency cycle: {string.Join(" -> ", cycle)}.");
            }

            state[name] = 1;
            path.Push(name);
            foreach (var d in _byName[name].Dependencies)
            {
                Visit(d);
            }

            path.Pop();
            state[name] = 2;
        }

        foreach (var p in _pipelines)
        {
            Visit(p.Name);
        }
    }

    private HashSet<string> Reachable(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>(_byName[name].Dependencies);
        while (todo.Count > 0)
        {
            var n = todo.Pop();
            if (seen.Add(n))
            {
                foreach (var d in _byName[n].Dependencies)
                {
                    todo.Push(d);
                }
            }
        }

        return seen;
    }

    /// <summary>The state of one run: a task per pipeline and phase.</summary>
    private sealed class Run
    {
        private readonly PipelineEngine _engine;
        private readonly BuildSettings _settings;
        private readonly CancellationToken _cancellationToken;
        private readonly ConcurrentDictionary<(string, Phase), Lazy<Task<PhaseOutput?>>> _tasks = new();

        // A sequential build runs one phase at a time as well as one document at a time.
        private readonly SemaphoreSlim? _oneAtATime;

        public Run(PipelineEngine engine, BuildSettings settings, CancellationToken cancellationToken)
        {
            _engine = engine;
            _settings = settings;
            _cancellationToken = cancellationToken;
            _oneAtATime = settings.MaxDegreeOfParallelism == 1 ? new SemaphoreSlim(1, 1) : null;
        }

        public DiagnosticBag Diagnostics { get; } = new();

        public async Task ExecuteAsync()
        {
            var all = _engine._pipelines.Select(p => PhaseTask(p.Name, Phase.Output));
            await Task.WhenAll(all).ConfigureAwait(false);
        }

        public IReadOnlyDictionary<string, IReadOnlyList<Document>> ProcessOutputs() => Collect(Phase.Process);

        public IReadOnlyDictionary<string, IReadOnlyList<Document>> FinalOutputs() => Collect(Phase.Output);

        public IReadOnlyList<Document> OutputsOf(string reader, string target)
        {
            if (!_engine._byName.ContainsKey(target))
            {
                throw new InvalidOperationException($"There is no pipeline named '{target}'.");
            }

            if (!_engine._reachable[reader].Contains(target))
            {
                throw new InvalidOperationException(
                    $"Pipeline '{reader}' cannot read the documents of '{target}' because it does not depend on it.");
            }

            // Dependencies' Process has completed before any phase that may call this runs.
            var task = PhaseTask(target, Phase.Process);
            return task.IsCompletedSuccessfully ? task.Result?.Documents ?? [] : [];
        }

        private Dictionary<string, IReadOnlyList<Document>> Collect(Phase phase) =>
            _engine._pipelines.ToDictionary(
                p => p.Name,
                p => _tasks.TryGetValue((p.Name, phase), out var t) && t.Value.IsCompletedSuccessfully
                    ? t.Value.Result?.Documents ?? []
                    : [],
                StringComparer.Ordinal);

        private Task<PhaseOutput?> PhaseTask(string pipeline, Phase phase) =>
            _tasks.GetOrAdd((pipeline, phase), key => new Lazy<Task<PhaseOutput?>>(
                () => Task.Run(() => RunPhaseAsync(key.Item1, key.Item2)))).Value;

        /// <summary>Returns the phase's documents, or null when it failed or a phase it waits for failed.</summary>
        private async Task<PhaseOutput?> RunPhaseAsync(string name, Phase phase)
        {
            var pipeline = _engine._byName[name];
            IReadOnlyList<Document>? inputs = [];
            switch (phase)
            {
                case Phase.Process:
                    var deps = await Task.WhenAll(pipeline.Dependencies.Select(d => PhaseTask(d, Phase.Process))).ConfigureAwait(false);
                    inputs = (await PhaseTask(name, Phase.Input).ConfigureAwait(false))?.Take();
                    if (deps.Any(d => d is null) || (pipeline.Dependencies.Count > 0 && Diagnostics.HasErrors))
                    {
                        // A dependency failed, or reported content errors: this pipeline would work on broken data.
                        return null;
                    }

                    break;
                case Phase.PostProcess:
                    var all = await Task.WhenAll(_engine._pipelines.Select(p => PhaseTask(p.Name, Phase.Process))).ConfigureAwait(false);
                    inputs = all[_engine._pipelines.ToList().IndexOf(pipeline)]?.Documents;
                    if (Diagnostics.HasErrors)
                    {
                        // Content errors were found in Process: layouts and cross-links would work on broken data.
                        return null;
                    }

                    break;
                case Phase.Output:
                    inputs = (await PhaseTask(name, Phase.PostProcess).ConfigureAwait(false))?.Take();
                    if (Diagnostics.HasErrors)
                    {
                        // Content errors were found: nothing is written.
                        return null;
                    }

                    break;
            }

            if (inputs is null)
            {
                return null;
            }

            if (_oneAtATime is not null)
            {
                await _oneAtATime.WaitAsync(_cancellationToken).ConfigureAwait(false);
            }

            try
            {
                var documents = await RunModulesAsync(pipeline, phase, inputs).ConfigureAwait(false);
                return documents is null ? null : new PhaseOutput(documents);
            }
            finally
            {
                _oneAtATime?.Release();
            }
        }

        private async Task<IReadOnlyList<Document>?> RunModulesAsync(Pipeline pipeline, Phase phase, IReadOnlyList<Document> inputs)
        {
            var name = pipeline.Name;
            var context = new ExecutionContext(target => OutputsOf(name, target), name, phase, _settings, Diagnostics, _cancellationToken, _engine.DetailLog);
            var watch = Stopwatch.StartNew();
            var documents = inputs;
            foreach (var module in pipeline.ModulesOf(phase))
            {
                try
                {
                    documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    Report(ex, name, phase, module);
                    return null;
                }
            }

            _engine.PhaseLog?.Invoke(
                $"{name}/{phase}: {documents.Count} document(s) in {watch.ElapsedMilliseconds} ms, managed heap {GC.GetTotalMemory(false) >> 20} MB");
            return documents;
        }

        private void Report(Exception ex, string pipeline, Phase phase, IModule module)
        {
            if (ex is AggregateException aggregate)
            {
                // Several documents failed (see PerDocumentModule): each gets its own diagnostic.
                foreach (var each in aggregate.InnerExceptions)
                {
                    Report(each, pipeline, phase, module);
                }

                return;
            }

            var document = (ex as DocumentException)?.Document;
            var cause = ex is DocumentException { InnerException: { } inner } ? inner : ex;
            if (cause is ContentException content)
            {
                Diagnostics.AddRange(content.Diagnostics);
                return;
            }

            var where = document?.Source is { } source
                ? _settings.DisplayPath(Path.Combine(_settings.InputFolder, source))
                : pipeline;
            var (line, column) = document is not null && document.TryGet<SourceLocation>(MetadataKeys.Location, out var loc)
                ? (loc.Line, loc.Column)
                : (0, 0);
            Diagnostics.Add(new Diagnostic(
                where,
                line,
                column,
                ErrorCodes.ModuleFailed,
                $"{cause.GetType().Name} in pipeline {pipeline}, phase {phase}, module {module.GetType().Name}: {cause.Message}"));
        }
    }
}
