using Explainer.Cli.Serving;

namespace Explainer.Tests.Serving;

/// <summary>Waiting for a serve session's builds.</summary>
internal static class ServeBuilds
{
    /// <summary>
    /// The next good build of <paramref name="session"/>: one started while a file was half written
    /// may fail first. Subscribe before making the change it should follow.
    /// </summary>
    public static Task<ServeBuild> NextGoodBuildAsync(this ServeSession session, TimeSpan patience, CancellationToken cancellationToken)
    {
        var next = new TaskCompletionSource<ServeBuild>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnBuilt(ServeBuild build)
        {
            if (build.Result.Succeeded)
            {
                session.Built -= OnBuilt;
                next.TrySetResult(build);
            }
        }

        session.Built += OnBuilt;
        return next.Task.WaitAsync(patience, cancellationToken);
    }
}
