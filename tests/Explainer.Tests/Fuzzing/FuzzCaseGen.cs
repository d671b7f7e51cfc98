using System.Globalization;
using CsCheck;

namespace Explainer.Tests.Fuzzing;

/// <summary>
/// The generator of fuzz cases: one of the three files, and one to four stacked mutations of its bytes.
/// The payloads are the syntax an author (or a broken editor) could put there by mistake: YAML and
/// Markdown that means something else, attributes and links that could run script, bytes that are
/// not UTF-8, and text that is valid but unusual.
/// </summary>
public static class FuzzCaseGen
{
    private static readonly string[] StrayYaml =
    [
        ": ", "- ", "&a ", "*a", "!!binary ", "? ", "{", "}", "[", "]", "\t", "---\n", "...\n", "#", "|", ">-",
        "'", "\"", ",", "%YAML 1.2\n", "!tag ", "<<: *a", "[a, b", "{a: 1}", "~", "null", "a: b: c",
        "&a [*a]", "- - -", "? a\n: b\n", "key:\n  - x\n", "  ", "\n  nested: 1\n", "!!python/object:os.system ''",
        "@", "`", "%", "|+\n", "\"\\x\"", "'''", "\\", "*b",
    ];

    private static readonly string[] StrayMarkdown =
    [
        ":::", ":::\n", "::: {.scene #x}\n", "::: {.scene #eskalation}\n", "::: {.media #karte-orte}\n:::\n",
        "::: {.perspectives #warum}\n:::\n", "::: {.timeline}\n:::\n", "{#id}", "{#p-wuetend}", "{#}", "{.class onclick=x}",
        "{#main}", "{#timeline}", "{#quote-wuetend}", "{#figure-karte-orte}", "{#besuch-2024}", "{#putin}",
        "{lang=xx}", "{lang=}", "{style=color:red}", "{#a .b lang=de}", "{", "}", "<script>alert(1)</script>",
        "<script>", "</script>", "<style>", "<div>", "</div>", "</p>", "<img src=x onerror=alert(1)>", "<svg onload=x>",
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](data:text/html,x)", "[x](vbscript:x)",
        "[x](//evil.example)", "[x](#nirgends)", "<javascript:alert(1)>", "<https://example.org>",
        "![](../../etc/passwd)", "![alt](media/orte.png)", "![x](https://example.org/a.png)", "![x](/etc/passwd)",
        "[a]: javascript:alert(1)\n", "[^1]", "[^1]: note\n", "```\n", "```js\n", "~~~\n", "    code\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n", "<!-- ", " -->", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;",
        "&#x110000;", "&#1;", "&#xFFFF;", "&#x85;", "[x](https://example.org/ \"t&#1;\")", "&nbsp", "<", ">", "*", "**", "_", "# ", "###### ", "> ", "1. ", "- ", "---\n", "\\",
        "$$", "\"", "„", "“", "‚", "'", "<br>", "<p>", "<a href=\"x\">", "</a>", "<template>", "<textarea>",
    ];

    private static readonly byte[][] StrayBytes =
    [
        [0xFF], [0xFE], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x00, 0x00, 0x00], [0x01], [0x08], [0x0B], [0x0C],
        [0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m'], [0x7F], [(byte)'\r'], [(byte)'\r', (byte)'\n'],
    ];

    private static readonly string[] StrayUnicode =
    [
        "\u202E", "\u200F", "\u202Dabc\u202C", "مرحبا بالعالم", "שלום", "e\u0301", "a\u0336\u0336\u0336",
        "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358", "👍🏽", "👨‍👩‍👧", "🇩🇪", "\u200B", "\u200D", "\uFEFF",
        "\u00A0", "\u2028", "\u2029", "\u0085", "Ｆｕｌｌ", "İı", "ß", "ǅ", "\uFFFD", "\uFFFF", "𝔘𝔫𝔦", "ﷺ", "\u0000",
    ];

    private static readonly string[] OtherValues =
    [
        "", "[]", "{}", "~", "null", "3", "-1", "0", "1e309", "true", "no", "[a, b]", "{a: b}", "|", ">", "*a", "&a",
        "javascript:alert(1)", "../../etc/passwd", "media/orte.png", "media/", "/", ".", "http://", "https://example.org/",
        "Großer_Absatz", "p-wuetend", "putin", "main", "timeline", "quote-wuetend", "scene-eskalation", "besuch-2024", "'unclosed", "\"unclosed", "\"\\u0000\"", "\"\\x1b[31m\"", "\"\\uFFFF\"", "\"\\N\"", "!!binary aGVsbG8=",
        "2024-06-19", "de", "xx", "zh-Hant-TW", "i-klingon", "und",
    ];

    private static readonly string[] Dates =
    [
        "2024-13-45", "0000-00-00", "0001-01-01", "9999-12-31T23:59:59+14:00", "10000-01-01", "2024-02-30",
        "2023-02-29", "2024-02-29", "-1", "1e309", "NaN", "0x10", "1_000", "2024", "24-6-19", "2024-06", "2024-W25",
        "2024-06-19T25:00:00+02:00", "2024-06-19T12:00:00+99:00", "2024-06-19T12:00:00Z", "2024-06-19 12:00:00 +02:00",
        "2024-06-19T12:00:00.1234567890+02:00", "2024-06-19T12:00:00", "morgen", "", "~", "[2024]", "{}",
        "2024-06-19T12:00:00-00:00", "1718791200", "2024-06-19T12:00+02:00", "+002024-06-19",
    ];

    /// <summary>A very long line, and deep nesting: each is one of the things a parser might choke on.</summary>
    private static readonly Gen<Payload> Extremes = Gen.OneOf(
        Gen.Int[1_000, 200_000].Select(n => new Payload($"{n:N0} × 'x'", [.. Enumerable.Repeat((byte)'x', n)])),
        Gen.Int[10, 5_000].Select(n => new Payload($"{n:N0} × '['", [.. Enumerable.Repeat((byte)'[', n)])),
        Gen.Int[10, 5_000].Select(n => new Payload($"{n:N0} × '{{a: '", [.. Enumerable.Repeat("{a: "u8.ToArray(), n).SelectMany(b => b)])),
        Gen.Int[10, 5_000].Select(n => new Payload($"{n:N0} × '> '", [.. Enumerable.Repeat("> "u8.ToArray(), n).SelectMany(b => b)])),
        Gen.Int[10, 2_000].Select(n => new Payload($"{n:N0} × ':::\\n'", [.. Enumerable.Repeat(":::\n"u8.ToArray(), n).SelectMany(b => b)])),
        Gen.Int[10, 5_000].Select(n => new Payload($"{n:N0} × '- '", [.. Enumerable.Repeat("- "u8.ToArray(), n).SelectMany(b => b)])));

    private static readonly Gen<Payload> Payloads = Gen.Frequency(
        (4, Gen.OneOf(StrayYaml).Select(Payload.Text)),
        (5, Gen.OneOf(StrayMarkdown).Select(Payload.Text)),
        (3, Gen.OneOf(StrayBytes).Select(b => new Payload($"bytes {Convert.ToHexString(b)}", b))),
        (3, Gen.OneOf(StrayUnicode).Select(Payload.Text)),
        (1, Extremes));

    private static readonly Gen<string> DateReplacements = Gen.Frequency(
        (3, Gen.OneOf(Dates)),
        (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.Select(Gen.Int[-9999, 99999], Gen.Int[-5, 20], Gen.Int[-5, 40],
            (y, m, d) => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}-{d:00}"))),
        (2, Gen.Select(Gen.DateTime[new DateTime(1, 1, 2), new DateTime(9999, 12, 30)], Gen.Int[-14 * 60, 14 * 60],
            (t, offset) => new DateTimeOffset(t.Ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset)).ToString("o", CultureInfo.InvariantCulture))),
        (1, Gen.DateTime.Select(t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    /// <summary>One mutation of any kind.</summary>
    public static readonly Gen<Mutation> Mutations = Gen.Frequency<Mutation>(
        (2, Gen.UInt.Select(at => (Mutation)new Truncate(at))),
        (10, Gen.Select(Gen.UInt, Gen.Enum<Anchor>(), Payloads, (at, anchor, payload) => (Mutation)new Insert(at, anchor, payload))),
        (3, Gen.Select(Gen.UInt, Gen.Frequency((3, Gen.OneOf(OtherValues).Select(Payload.Text)), (1, Payloads)),
            (line, value) => (Mutation)new ReplaceValue(line, value))),
        (3, Gen.Select(Gen.UInt, DateReplacements, (occurrence, date) => (Mutation)new ReplaceDate(occurrence, date))),
        (2, Gen.Select(Gen.UInt, Gen.Int[1, 5], (line, count) => (Mutation)new DeleteLines(line, count))),
        (2, Gen.Select(Gen.UInt, Gen.Int[1, 5], (line, count) => (Mutation)new DuplicateLines(line, count))),
        (2, Gen.Select(Gen.UInt, Gen.UInt, (a, b) => (Mutation)new SwapLines(a, b))),
        (2, Gen.Select(Gen.UInt, Gen.Int[1, 100], Gen.OneOf("\r\n", "\r"), (line, count, ending) => (Mutation)new ChangeLineEndings(line, count, ending))));

    /// <summary>A file and one to four mutations, applied in order.</summary>
    public static readonly Gen<FuzzCase> Cases = Gen.Select(
        Gen.Enum<FuzzedFile>(),
        Gen.Frequency((4, Gen.Const(1)), (3, Gen.Int[2, 4])).SelectMany(n => Mutations.Array[n]),
        (file, mutations) => new FuzzCase(file, mutations));
}
