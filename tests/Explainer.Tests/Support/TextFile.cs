namespace Explainer.Tests.Support;

/// <summary>Edits a text file in place, failing loudly when the text to replace is not there.</summary>
public static class TextFile
{
    public static void Replace(string path, string oldText, string newText)
    {
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(oldText, StringComparison.Ordinal), $"'{oldText}' is not in {path}");
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Replaces line <paramref name="lineNumber"/> (1-based) of a file.</summary>
    public static void ReplaceLine(string path, int lineNumber, string newLine)
    {
        var lines = File.ReadAllText(path).Split('\n');
        lines[lineNumber - 1] = newLine;
        File.WriteAllText(path, string.Join('\n', lines));
    }
}
