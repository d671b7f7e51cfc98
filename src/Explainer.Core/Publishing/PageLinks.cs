using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Publishing;

/// <summary>
/// The stylesheets and scripts a page links, for the size budgets (<see cref="SiteBudgets"/>):
/// the URLs <see cref="LinkedAssets"/> matches in its text (<see cref="InText"/>, the definition).
/// <see cref="In"/> finds them in the page's UTF-8 bytes without decoding the whole page: decoding
/// the 21,700 pages of 1000 explainers and matching the pattern cost 0.3 s more CPU than this, a
/// tenth of the build (docs/performance.md). The two differ only on a URL with a <c>&gt;</c> in
/// it, which pages of this tool do not have (a template writes it as <c>&amp;gt;</c>); tests hold
/// them equal on the seed's pages and on tricky tags.
/// </summary>
internal static partial class PageLinks
{
    [GeneratedRegex("""<(?:script[^>]*\ssrc|link[^>]*\shref)="(?<url>[^"]+\.(?:js|css))"[^>]*>""")]
    private static partial Regex LinkedAssets();

    /// <summary>
    /// The URLs of the stylesheets and scripts a page in UTF-8 links (<c>&lt;link href&gt;</c>,
    /// <c>&lt;script src&gt;</c>), in order. Only the tags the pattern can begin at are decoded and
    /// matched: each <c>&lt;script</c> and <c>&lt;link</c>, found in the bytes, up to the next
    /// <c>&gt;</c> (the pattern crosses none but inside the URL); the rest of the page is not decoded.
    /// </summary>
    internal static List<string> In(ReadOnlySpan<byte> utf8)
    {
        var urls = new List<string>();
        int script = Unsearched, link = Unsearched;
        for (var at = 0; at < utf8.Length;)
        {
            script = NextAt(utf8, "<script"u8, at, script);
            link = NextAt(utf8, "<link"u8, at, link);
            var start = script < 0 ? link : link < 0 ? script : Math.Min(script, link);
            var end = start < 0 ? -1 : utf8[start..].IndexOf((byte)'>');
            if (end < 0)
            {
                break;
            }

            // The pattern needs '.js"' or '.css"' in the tag: a canonical or alternate link, an
            // icon, a script without a source are passed over without being decoded.
            var bytes = utf8.Slice(start, end + 1);
            var match = bytes.IndexOf(".js\""u8) >= 0 || bytes.IndexOf(".css\""u8) >= 0
                ? LinkedAssets().Match(Encoding.UTF8.GetString(bytes))
                : Match.Empty;
            if (match.Success && match.Index == 0)
            {
                urls.Add(match.Groups["url"].Value);
                at = start + end + 1;
            }
            else
            {
                at = start + 1;
            }
        }

        return urls;
    }

    private const int Unsearched = -2;

    /// <summary>
    /// Where <paramref name="needle"/> next occurs from <paramref name="at"/> on, or -1 when it does
    /// not; <paramref name="known"/> is the last answer (or <see cref="Unsearched"/>), searched again
    /// only once <paramref name="at"/> has passed it.
    /// </summary>
    private static int NextAt(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> needle, int at, int known)
    {
        if (known == -1 || known >= at)
        {
            return known;
        }

        var found = utf8[at..].IndexOf(needle);
        return found < 0 ? -1 : at + found;
    }

    /// <summary>The definition: the URLs the pattern matches in the page's text, in order.</summary>
    internal static List<string> InText(string html) =>
        [.. LinkedAssets().Matches(html).Select(m => m.Groups["url"].Value)];
}
