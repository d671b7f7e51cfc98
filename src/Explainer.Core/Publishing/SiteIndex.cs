using System.Globalization;
using System.Text;
using System.Xml;
using Explainer.Content;
using Explainer.Site;

namespace Explainer.Publishing;

/// <summary>One listed explainer, with the absolute URL it is published at.</summary>
public sealed record ListedExplainer(string Slug, Uri Url, ArticleFrontMatter FrontMatter)
{
    /// <summary>The latest date the explainer carries, for sitemap and feed.</summary>
    public DateTimeOffset? Updated => FrontMatter.Modified ?? FrontMatter.Published;
}

/// <summary>Writes sitemap.xml (sitemaps.org 0.9) and an Atom feed.xml of the listed explainers.</summary>
public static class SiteIndex
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static byte[] Sitemap(Uri baseUrl, IReadOnlyList<ListedExplainer> explainers)
    {
        return Write(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            Url(xml, baseUrl, explainers.Select(e => e.Updated).Max());
            foreach (var e in explainers)
            {
                Url(xml, e.Url, e.Updated);
            }

            xml.WriteEndElement();
        });

        static void Url(XmlWriter xml, Uri loc, DateTimeOffset? updated)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", loc.AbsoluteUri);
            if (updated is { } u)
            {
                xml.WriteElementString("lastmod", Iso(u));
            }

            xml.WriteEndElement();
        }
    }

    /// <summary>An Atom feed; explainers without any date are drafts and are left out.</summary>
    public static byte[] Feed(Uri baseUrl, SiteSettings site, IReadOnlyList<ListedExplainer> explainers)
    {
        const string Atom = "http://www.w3.org/2005/Atom";
        var dated = explainers.Where(e => e.Updated is not null).OrderByDescending(e => e.Updated).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
        return Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", Atom, baseUrl.AbsoluteUri);
            xml.WriteElementString("title", Atom, site.Title);
            if (site.Description is { } d)
            {
                xml.WriteElementString("subtitle", Atom, d);
            }

            xml.WriteElementString("updated", Atom, Iso(dated.Select(e => e.Updated!.Value).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max()));
            Link(xml, "self", new Uri(baseUrl, "feed.xml").AbsoluteUri);
            Link(xml, "alternate", baseUrl.AbsoluteUri);
            foreach (var author in site.Authors)
            {
                Author(xml, author);
            }

            foreach (var e in dated)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, e.Url.AbsoluteUri);
                xml.WriteElementString("title", Atom, e.FrontMatter.Title);
                Link(xml, "alternate", e.Url.AbsoluteUri);
                if (e.FrontMatter.Published is { } p)
                {
                    xml.WriteElementString("published", Atom, Iso(p));
                }

                xml.WriteElementString("updated", Atom, Iso(e.Updated!.Value));
                foreach (var author in e.FrontMatter.Authors.Count > 0 ? e.FrontMatter.Authors : site.Authors)
                {
                    Author(xml, author);
                }

                if (e.FrontMatter.Dek is { } dek)
                {
                    xml.WriteElementString("summary", Atom, dek);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });

        static void Link(XmlWriter xml, string rel, string href)
        {
            xml.WriteStartElement("link", Atom);
            xml.WriteAttributeString("rel", rel);
            xml.WriteAttributeString("href", href);
            xml.WriteEndElement();
        }

        static void Author(XmlWriter xml, Author author)
        {
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, author.Name);
            if (author.Url is { } url)
            {
                xml.WriteElementString("uri", Atom, url);
            }

            xml.WriteEndElement();
        }
    }

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
