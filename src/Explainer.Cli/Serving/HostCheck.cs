using Microsoft.AspNetCore.Http;

namespace Explainer.Cli.Serving;

/// <summary>
/// The defence against DNS rebinding: a page on another site can make its own name resolve to
/// 127.0.0.1 and then read this server as if it were same-origin, but its requests still name that
/// site in <c>Host</c>. So the server answers only when <c>Host</c> names one of the allowed hosts
/// with the port the request came in on, and serves the live-reload stream only to pages of those
/// origins. Host names compare case-insensitively.
/// </summary>
internal sealed class HostCheck
{
    private const string HttpScheme = "http://";
    private readonly IReadOnlyList<string> _names;

    /// <param name="names">Host names as a URL writes them: <c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>.</param>
    public HostCheck(IEnumerable<string> names) =>
        _names = [.. names.Select(n => Normalize(n) ?? throw new ArgumentException($"'{n}' is not a host name.", nameof(names))).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// A host name as a URL writes it (an IPv6 address in brackets), or null when
    /// <paramref name="text"/> is not one: a scheme, path or port makes it something else.
    /// </summary>
    public static string? Normalize(string text)
    {
        var bracketed = text.StartsWith('[') && text.EndsWith(']');
        var bare = bracketed ? text[1..^1] : text;
        return Uri.CheckHostName(bare) switch
        {
            UriHostNameType.IPv6 => $"[{bare}]",
            UriHostNameType.Dns or UriHostNameType.IPv4 when !bracketed => bare,
            _ => null,
        };
    }

    /// <summary>Whether a request's Host names an allowed host and <paramref name="port"/>.</summary>
    public bool AcceptsHost(HostString host, int port) => host.HasValue && Names(host.Value, port);

    /// <summary>Whether an Origin header's value is <c>http://</c>, an allowed host and <paramref name="port"/>.</summary>
    public bool AcceptsOrigin(string origin, int port) =>
        origin.StartsWith(HttpScheme, StringComparison.OrdinalIgnoreCase) && Names(origin[HttpScheme.Length..], port);

    /// <summary>The one line a refused Host gets.</summary>
    public string HostRefusal(HostString host, int port) =>
        $"This server answers only for {List()} on port {port}; {(host.HasValue ? $"'{host.Value}'" : "a request without a Host header")} is not one of them (explainer serve --host NAME adds one).";

    /// <summary>The one line a refused Origin gets.</summary>
    public string OriginRefusal(string origin, int port) =>
        $"The live-reload stream answers only pages from http://{string.Join(", http://", _names)} on port {port}; origin '{origin}' is not one of them.";

    /// <summary>Whether <paramref name="authority"/> (<c>name:port</c>) names an allowed host and the port.</summary>
    private bool Names(string authority, int port)
    {
        // An IPv6 address has colons of its own: the port's colon comes after its closing bracket.
        var colon = authority.LastIndexOf(':');
        if (colon < authority.LastIndexOf(']'))
        {
            colon = -1;
        }

        // Without a port the URL means the scheme's default (RFC 9110 §4.2.1), which is ours only on port 80.
        var portText = colon < 0 ? "80" : authority[(colon + 1)..];
        var name = colon < 0 ? authority : authority[..colon];
        return portText.Length is > 0 and <= 5
            && portText.All(char.IsAsciiDigit)
            && int.Parse(portText, System.Globalization.CultureInfo.InvariantCulture) == port
            && _names.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private string List() => _names.Count == 1 ? _names[0] : $"{string.Join(", ", _names.Take(_names.Count - 1))} and {_names[^1]}";
}
