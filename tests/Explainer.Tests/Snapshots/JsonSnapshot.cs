using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

namespace Explainer.Tests.Snapshots;

/// <summary>
/// Snapshot assertions for JSON files, with the same conventions as <see cref="HtmlSnapshot"/>: the
/// expected file is <c>{Class}.{Method}_{scenario}.verified.json</c> beside the test's source file,
/// a mismatch writes <c>.received.json</c> (git-ignored), and <c>XPL_ACCEPT_SNAPSHOTS=1</c> accepts
/// outside CI. The files are compared as parsed values, so indentation does not count.
/// </summary>
public static class JsonSnapshot
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Fails the running test unless <paramref name="json"/> has the same value as its verified file.</summary>
    public static async Task VerifyAsync(
        string json,
        string? scenario = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string caller = "")
    {
        var location = SnapshotLocation.ForCurrentTest(sourceFile, caller, scenario);
        var verifiedPath = Path.ChangeExtension(location.VerifiedPath, ".json");
        var receivedPath = Path.ChangeExtension(location.ReceivedPath, ".json");
        var received = JsonNode.Parse(json);
        var (accept, acceptIgnored) = HtmlSnapshot.AcceptMode(Environment.GetEnvironmentVariable);
        var verifiedText = File.Exists(verifiedPath) ? await File.ReadAllTextAsync(verifiedPath, Utf8) : null;
        if (verifiedText is not null && JsonNode.DeepEquals(JsonNode.Parse(verifiedText), received))
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            await File.WriteAllTextAsync(verifiedPath, json, Utf8);
            File.Delete(receivedPath);
            TestContext.Current.AddWarning($"{HtmlSnapshot.AcceptVariable}: wrote {verifiedPath}; review it before committing.");
            return;
        }

        await File.WriteAllTextAsync(receivedPath, json, Utf8);
        var hint = acceptIgnored
            ? $"{HtmlSnapshot.AcceptVariable} is ignored because {HtmlSnapshot.CiVariable} is set: accept snapshots on your own machine."
            : $"To accept: review the received file and rename it to .verified.json, or run the tests with {HtmlSnapshot.AcceptVariable}=1.";
        Assert.Fail(verifiedText is null
            ? $"No verified snapshot {verifiedPath}.\nReceived: {receivedPath}\n{hint}"
            : $"The JSON differs from {verifiedPath}\nLine diff (- verified, + received):\n{LineDiff.Unified(verifiedText, json)}Received: {receivedPath}\n{hint}");
    }
}
