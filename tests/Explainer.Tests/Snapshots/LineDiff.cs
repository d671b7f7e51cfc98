using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Explainer.Tests.Snapshots;

/// <summary>
/// A unified-style line diff made with DiffPlex: changed lines prefixed with - (expected) and +
/// (actual), a few unchanged lines of context around them, and a cap on its length.
/// </summary>
internal static class LineDiff
{
    public static string Unified(string expected, string actual, int context = 3, int maxLines = 80)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var changed = lines.Select(l => l.Type is ChangeType.Deleted or ChangeType.Inserted).ToArray();
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (changed[i])
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    show[j] = true;
                }
            }
        }

        var output = new StringBuilder();
        var written = 0;
        int expectedLine = 0, actualLine = 0;
        var inHunk = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Type != ChangeType.Inserted)
            {
                expectedLine++;
            }

            if (line.Type != ChangeType.Deleted)
            {
                actualLine++;
            }

            if (!show[i])
            {
                inHunk = false;
                continue;
            }

            if (written >= maxLines)
            {
                output.Append("… (diff cut after ").Append(maxLines).Append(" lines)\n");
                break;
            }

            if (!inHunk)
            {
                // Line numbers of the first line of the hunk in each file, as in `diff -u`.
                var atExpected = line.Type == ChangeType.Inserted ? expectedLine + 1 : expectedLine;
                var atActual = line.Type == ChangeType.Deleted ? actualLine + 1 : actualLine;
                output.Append("@@ -").Append(atExpected).Append(" +").Append(atActual).Append(" @@\n");
                inHunk = true;
            }

            var prefix = line.Type switch
            {
                ChangeType.Deleted => '-',
                ChangeType.Inserted => '+',
                _ => ' ',
            };
            output.Append(prefix).Append(line.Text).Append('\n');
            written++;
        }

        return output.ToString();
    }
}
