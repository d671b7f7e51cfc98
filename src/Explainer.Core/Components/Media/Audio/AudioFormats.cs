namespace Explainer.Components.Media.Audio;

/// <summary>The containers whose length the tool reads from the file (<see cref="AudioLength.Read(string)"/>).</summary>
public enum AudioContainer
{
    /// <summary>MPEG audio frames (layer III, or I and II), perhaps after an ID3v2 tag.</summary>
    Mp3,

    /// <summary>An MP4 file (ISO base media boxes): M4A, AAC or ALAC inside.</summary>
    Mp4,

    /// <summary>An Ogg stream of Vorbis or Opus.</summary>
    Ogg,
}

/// <summary>The audio files a media item may name, by extension, and what each must hold.</summary>
public static class AudioFormats
{
    /// <summary>The extensions, as messages list them.</summary>
    public const string Names = ".mp3, .m4a, .ogg or .opus";

    private static readonly Dictionary<string, AudioContainer> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = AudioContainer.Mp3,
        [".m4a"] = AudioContainer.Mp4,
        [".ogg"] = AudioContainer.Ogg,
        [".opus"] = AudioContainer.Ogg,
    };

    /// <summary>The container a file of this name must hold; null when its extension is none of <see cref="Names"/>.</summary>
    public static AudioContainer? Of(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var container) ? container : null;

    /// <summary>The container's name in messages.</summary>
    public static string Describe(AudioContainer container) => container switch
    {
        AudioContainer.Mp3 => "MP3",
        AudioContainer.Mp4 => "MP4 (M4A)",
        _ => "Ogg",
    };

    /// <summary>The extension a file of this container is named with, for a message that suggests one.</summary>
    public static string ExtensionFor(AudioContainer container) => container switch
    {
        AudioContainer.Mp3 => ".mp3",
        AudioContainer.Mp4 => ".m4a",
        _ => ".ogg or .opus",
    };
}
