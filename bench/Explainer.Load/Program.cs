using Explainer.Load;

// explainer-load [options] -- COMMAND...: `explainer serve` under concurrent clients while article.md is edited.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"explainer-load: error: {ex.Message}");
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

// Ctrl+C or SIGTERM (from timeout(1)) ends the run early, and the clean-up (stopping the server,
// deleting the copies) still runs.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

try
{
    return await LoadRun.RunAsync(options, Console.Out, stop.Token);
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or HttpRequestException or OperationCanceledException)
{
    Console.Error.WriteLine($"explainer-load: error: {ex.Message}");
    return 1;
}
