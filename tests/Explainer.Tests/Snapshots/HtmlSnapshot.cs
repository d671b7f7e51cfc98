using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Snapshots;

/// <summary>
/// Snapshot assertions for HTML with Verify's file conventions: the expected page lives in
/// <c>{Class}.{Method}.verified.html</c> beside the test's source file, committed as source.
/// </summary>
/// <remarks>
/// <para>The HTML is pretty-printed (<see cref="HtmlPrettyPrinter"/>) before it is saved, so a review
/// and a diff are line by line; it is compared by meaning (<see cref="HtmlSemanticDiff"/>), so a
/// hand-formatted verified file still matches.</para>
/// <para>On a mismatch or a missing verified file the test fails and writes
/// <c>{Class}.{Method}.received.html</c> beside it (git-ignored). To accept, review the received
/// file and rename it, or run the tests with <c>XPL_ACCEPT_SNAPSHOTS=1</c>, which overwrites the
/// verified file; never when <c>CI</c> is set, so a build server cannot accept its own output.</para>
/// <para>The name comes from xunit's <c>TestContext.Current</c> (class simple name and method name),
/// falling back to the source file's name and the calling member outside a test. The folder comes from
/// <c>[CallerFilePath]</c>: call this from the test's own file. A theory must pass a
/// <c>scenario</c> per row, or its rows would share one file.</para>
/// </remarks>
public static class HtmlSnapshot
{
    /// <summary>Set to 1 (or true) to accept received HTML as the new verified file.</summary>
    public const string AcceptVariable = "XPL_ACCEPT_SNAPSHOTS";

    /// <summary>Set on build servers; accept mode is ignored there.</summary>
    public const string CiVariable = "CI";

    private const int MaxListedDifferences = 20;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Fails the running test unless <paramref name="html"/> means the same as its verified file.</summary>
    public static async Task VerifyAsync(
        string html,
        string? scenario = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string caller = "")
    {
        var location = SnapshotLocation.ForCurrentTest(sourceFile, caller, scenario);
        var outcome = await CheckAsync(html, location, Environment.GetEnvironmentVariable).ConfigureAwait(false);
        if (outcome.Status == SnapshotStatus.Accepted)
        {
            TestContext.Current.AddWarning(outcome.Message);
        }

        if (outcome.Failed)
        {
            Assert.Fail(outcome.Message);
        }
    }

    /// <summary>The whole check, with the folder, name and environment given, so that it can be tested.</summary>
    internal static async Task<SnapshotOutcome> CheckAsync(string html, SnapshotLocation location, Func<string, string?> environment)
    {
        var parser = new HtmlParser();
        var received = parser.ParseDocument(html);
        var receivedText = HtmlPrettyPrinter.Print(received);
        var (accept, acceptIgnored) = AcceptMode(environment);

        if (!File.Exists(location.VerifiedPath))
        {
            if (accept)
            {
                return await AcceptAsync(location, receivedText, "created").ConfigureAwait(false);
            }

            await File.WriteAllTextAsync(location.ReceivedPath, receivedText, Utf8).ConfigureAwait(false);
            return new SnapshotOutcome(SnapshotStatus.Missing,
                $"No verified snapshot {location.VerifiedPath}.\n" +
                $"Received: {location.ReceivedPath}\n" +
                AcceptHint(acceptIgnored));
        }

        var verifiedText = await File.ReadAllTextAsync(location.VerifiedPath, Utf8).ConfigureAwait(false);
        var verified = parser.ParseDocument(verifiedText);
        var differences = HtmlSemanticDiff.Compare(verified, received);
        if (differences.Count == 0)
        {
            File.Delete(location.ReceivedPath);
            return new SnapshotOutcome(SnapshotStatus.Matched, "The HTML matches " + location.VerifiedPath);
        }

        if (accept)
        {
            return await AcceptAsync(location, receivedText, "updated").ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(location.ReceivedPath, receivedText, Utf8).ConfigureAwait(false);
        return new SnapshotOutcome(SnapshotStatus.Mismatched, MismatchMessage(location, differences, HtmlPrettyPrinter.Print(verified), receivedText, acceptIgnored));
    }

    private static async Task<SnapshotOutcome> AcceptAsync(SnapshotLocation location, string receivedText, string what)
    {
        await File.WriteAllTextAsync(location.VerifiedPath, receivedText, Utf8).ConfigureAwait(false);
        File.Delete(location.ReceivedPath);
        return new SnapshotOutcome(SnapshotStatus.Accepted, $"{AcceptVariable}: {what} {location.VerifiedPath}; review it before committing.");
    }

    /// <summary>Whether to accept received output as verified, and whether that was asked for but refused under CI.</summary>
    internal static (bool Accept, bool Ignored) AcceptMode(Func<string, string?> environment)
    {
        var requested = environment(AcceptVariable)?.Trim() is "1" or "true" or "True" or "TRUE";
        var ci = environment(CiVariable)?.Trim() is { Length: > 0 } value && value is not ("0" or "false" or "False");
        return (requested && !ci, requested && ci);
    }

    private static string MismatchMessage(
        SnapshotLocation location, IReadOnlyList<string> differences, string verifiedText, string receivedText, bool acceptIgnored)
    {
        var message = new StringBuilder();
        message.Append("The HTML differs from ").Append(location.VerifiedPath).Append('\n');
        message.Append(differences.Count).Append(" semantic difference(s):\n");
        foreach (var difference in differences.Take(MaxListedDifferences))
        {
            message.Append("  - ").Append(difference).Append('\n');
        }

        if (differences.Count > MaxListedDifferences)
        {
            message.Append("  … and ").Append(differences.Count - MaxListedDifferences).Append(" more\n");
        }

        message.Append("Line diff (- verified, + received):\n");
        message.Append(LineDiff.Unified(verifiedText, receivedText));
        message.Append("Received: ").Append(location.ReceivedPath).Append('\n');
        message.Append(AcceptHint(acceptIgnored));
        return message.ToString();
    }

    private static string AcceptHint(bool acceptIgnored) => acceptIgnored
        ? $"{AcceptVariable} is ignored because {CiVariable} is set: accept snapshots on your own machine."
        : $"To accept: review the received file and rename it to .verified.html, or run the tests with {AcceptVariable}=1.";
}

/// <summary>What a snapshot check found.</summary>
internal enum SnapshotStatus
{
    Matched,
    Accepted,
    Mismatched,
    Missing,
}

/// <summary>The result of a snapshot check and the message a test shows.</summary>
internal sealed record SnapshotOutcome(SnapshotStatus Status, string Message)
{
    public bool Failed => Status is SnapshotStatus.Mismatched or SnapshotStatus.Missing;
}
