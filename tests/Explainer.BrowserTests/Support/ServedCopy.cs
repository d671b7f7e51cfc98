using Explainer.Cli.Serving;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// A temporary copy of the repository's input/ and theme/, built and served by a
/// <see cref="ServeSession"/> as <c>explainer serve</c> runs it, so that a test can edit the
/// input; disposing stops the session and deletes the copy.
/// </summary>
public sealed class ServedCopy : IAsyncDisposable
{
    private readonly string _folder;
    private readonly StringWriter _log;

    private ServedCopy(string folder, ServeSession session, StringWriter log)
    {
        _folder = folder;
        Session = session;
        _log = log;
    }

    public ServeSession Session { get; }

    /// <summary>The seed explainer's article.md in the copy.</summary>
    public string Article => Path.Combine(_folder, "input", "putin-nordkorea", "article.md");

    /// <summary>What the session printed so far, for a failure's message.</summary>
    public string Log => _log.ToString();

    public static async Task<ServedCopy> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "explainer-serve-tests", Guid.NewGuid().ToString("N"));
        Folders.Copy(RepositoryPaths.Input, Path.Combine(folder, "input"));
        Folders.Copy(RepositoryPaths.Theme, Path.Combine(folder, "theme"));
        var log = new StringWriter();
        try
        {
            var session = await ServeSession.StartAsync(
                new ServeOptions(Path.Combine(folder, "input"), Path.Combine(folder, "_site"), Path.Combine(folder, "theme")),
                log, log, cancellationToken);
            return new ServedCopy(folder, session, log);
        }
        catch
        {
            Delete(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        Delete(_folder);
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
    }
}
