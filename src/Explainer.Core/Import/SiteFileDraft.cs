namespace Explainer.Import;

/// <summary>
/// The site.yml that <c>explainer import</c> writes into an input folder that has none, so that the
/// first import in an empty folder builds at once. An existing site.yml is never touched.
/// </summary>
internal static class SiteFileDraft
{
    public static string Write(string language, string schemaComment) => $"""
        {schemaComment}
        # Site settings, written by `explainer import`: see docs/content-model.md of Explainer.
        title: Explainer
        language: {language}
        # The public URL, for absolute links, the sitemap and the feed (--base-url overrides it):
        # base_url: https://OWNER.github.io/REPO/

        """;
}
