using System.CommandLine;
using System.Net.Sockets;
using Explainer.Cli.Serving;
using Explainer.Diagnostics;

namespace Explainer.Cli.Commands;

/// <summary>
/// <c>explainer serve</c>: builds, serves the site on 127.0.0.1 under its base path, rebuilds on
/// every change in input/ and theme/ and reloads the open pages; Ctrl+C stops it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var theme = CommonOptions.Theme();
        var baseUrl = CommonOptions.BaseUrl();
        var cache = CommonOptions.ImageCache();
        var noCache = CommonOptions.NoImageCache();
        var clean = CommonOptions.Clean();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port on 127.0.0.1. Default: a free one.",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        var hosts = new Option<string[]>("--host")
        {
            Description = "One more host name to answer for (besides localhost, 127.0.0.1 and [::1]), still on the port; repeatable.",
            HelpName = "name",
        };
        hosts.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => HostCheck.Normalize(t.Value) is null))
            {
                result.AddError($"--host takes a host name without scheme, path or port, e.g. --host dev.example; '{token.Value}' is not one.");
            }
        });
        var command = new Command("serve", "Build, serve the site on 127.0.0.1 under its base path, and rebuild and reload the pages on every change in the input and theme folders.")
        {
            input, output, clean, theme, port, hosts, baseUrl, cache, noCache,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputFolder = parse.GetValue(input)!;
            var options = new ServeOptions(
                inputFolder,
                parse.GetValue(output)!,
                CommonOptions.ResolveTheme(parse.GetValue(theme), inputFolder),
                parse.GetValue(baseUrl))
            {
                Port = parse.GetValue(port),
                ImageCacheFolder = CommonOptions.ResolveImageCache(parse.GetValue(cache), parse.GetValue(noCache)),
                Clean = parse.GetValue(clean),
                ExtraHosts = [.. (parse.GetValue(hosts) ?? []).Select(h => HostCheck.Normalize(h)!)],
            };

            ServeSession session;
            try
            {
                session = await ServeSession.StartAsync(options, stdout, stderr, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"explainer: error: cannot listen on 127.0.0.1:{options.Port}: {ex.Message}");
                return Program.UsageError;
            }
            catch (ContentException ex)
            {
                // The output folder is not one explainer wrote: it is neither built into nor served.
                foreach (var diagnostic in ex.Diagnostics)
                {
                    stderr.WriteLine(diagnostic.ToString());
                }

                return Program.ContentErrors;
            }
            catch (OperationCanceledException)
            {
                return Program.Success; // Ctrl+C during the first build
            }

            await using (session.ConfigureAwait(false))
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    stdout.WriteLine("Stopping.");
                }
            }

            stdout.WriteLine("Stopped.");
            return Program.Success;
        });
        return command;
    }
}
