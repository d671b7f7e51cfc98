namespace Explainer.Import;

/// <summary>
/// A paragraph that points at a video ("Sehen Sie: …", "Watch: …", "Regardez : …") becomes a draft
/// video entry: its caption is the rest of the line; where the video lives is left for the editor.
/// </summary>
internal static class MediaDrafter
{
    public static List<DraftMedia> Draft(IReadOnlyList<DraftBlock> paragraphs, ImportLanguage language, DraftIds ids)
    {
        var media = new List<DraftMedia>();
        foreach (var paragraph in paragraphs)
        {
            // French puts a (narrow) no-break space before the colon.
            var text = paragraph.Text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
            var marker = language.VideoMarkers.FirstOrDefault(m => text.StartsWith(m, StringComparison.OrdinalIgnoreCase));
            if (marker is null)
            {
                continue;
            }

            var caption = paragraph.Text[marker.Length..].Trim();
            media.Add(new DraftMedia(ids.For("video " + caption, "video", maxWords: 5), "video", caption.Length > 0 ? caption : "TODO caption", paragraph.Id!));
        }

        return media;
    }
}
