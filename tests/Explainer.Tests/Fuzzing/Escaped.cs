using System.Buffers;
using System.Globalization;
using System.Text;

namespace Explainer.Tests.Fuzzing;

/// <summary>
/// Bytes and text shown so that a failure report can be read and copied: control characters,
/// invisible, direction-changing and unassigned characters as <c>\uXXXX</c>, bytes that are not UTF-8 as <c>\xNN</c>.
/// </summary>
public static class Escaped
{
    /// <summary>The text, cut after <paramref name="limit"/> characters.</summary>
    public static string Text(string text, int limit = 120) => Bytes(Encoding.UTF8.GetBytes(text), limit, keepLineFeeds: false);

    /// <summary>The bytes as UTF-8, cut after <paramref name="limit"/> characters; line feeds kept as they are when asked.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes, int limit, bool keepLineFeeds)
    {
        var shown = new StringBuilder();
        var total = bytes.Length;
        while (!bytes.IsEmpty)
        {
            if (shown.Length >= limit)
            {
                return $"{shown}… ({total:N0} bytes)";
            }

            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != OperationStatus.Done)
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\x{bytes[0]:X2}");
                bytes = bytes[1..];
                continue;
            }

            bytes = bytes[consumed..];
            if (keepLineFeeds && rune.Value == '\n')
            {
                shown.Append('\n');
            }
            else if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                shown.Append(rune.ToString());
            }
        }

        return shown.ToString();
    }
}
