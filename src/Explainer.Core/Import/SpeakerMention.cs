namespace Explainer.Import;

/// <summary>How an attribution names its speaker.</summary>
internal enum MentionKind
{
    /// <summary>Speech is reported, but by nobody in particular ("sagen manche", "some say").</summary>
    Nobody,

    /// <summary>A name, perhaps with a role: "Chris Monday, außerordentlicher Professor …".</summary>
    Name,

    /// <summary>An honorific and a surname: "Herr Monday", "Mr Monday", "Mme Dupont".</summary>
    ShortForm,

    /// <summary>"er", "she", "il": the last person who spoke.</summary>
    Pronoun,

    /// <summary>A description with an article: "die Schlagzeile einer Boulevardzeitung", "der Artikel".</summary>
    Description,
}

/// <summary>
/// A speaker as the attribution names them. <see cref="Text"/> is the phrase as written;
/// <see cref="Name"/> the name to file them under (for a short form, the surname).
/// </summary>
/// <remarks><c>IsDefinite</c>: A description with a definite article ("der Artikel"), which refers back. <c>NamesPublication</c>: The description is a piece of a publication (headline, article). <c>HasOwner</c>: The name comes from an owner phrase: "einer Boulevardzeitung", "of a tabloid".</remarks>
internal sealed record SpeakerMention(
    MentionKind Kind,
    string Text,
    string Name,
    string? Role = null,
    bool IsDefinite = false,
    bool NamesPublication = false,
    bool HasOwner = false)
{
    public static SpeakerMention Nobody(string text) => new(MentionKind.Nobody, text, string.Empty);
}
