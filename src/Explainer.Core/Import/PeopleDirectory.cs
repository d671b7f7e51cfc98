namespace Explainer.Import;

/// <summary>
/// The people (and other sources) quotes are attributed to, in order of first appearance. Later
/// mentions resolve to an earlier entry: a short form ("Herr Monday") or a bare surname to the
/// person with that surname, a pronoun to the last person who spoke, a definite description of a
/// piece of text ("der Artikel", "the statement") to the last source that is not a person: its
/// author. Every other way the text names an entry is kept as an alias.
/// </summary>
internal sealed class PeopleDirectory(DraftIds ids)
{
    private readonly List<Entry> _entries = [];
    private Entry? _lastPerson;
    private Entry? _lastSource;

    public IReadOnlyList<DraftPerson> People =>
        [.. _entries.Select(e => new DraftPerson(e.Id, e.Name, e.Role, e.Aliases, e.Note))];

    /// <summary>The id of the entry <paramref name="mention"/> refers to, or null when it names nobody.</summary>
    public string? Resolve(SpeakerMention mention)
    {
        var entry = mention.Kind switch
        {
            MentionKind.Pronoun => _lastPerson,
            MentionKind.Name => ResolveName(mention),
            MentionKind.ShortForm => ResolveShortForm(mention),
            MentionKind.Description => ResolveDescription(mention),
            _ => null,
        };
        return entry?.Id;
    }

    private Entry ResolveName(SpeakerMention mention)
    {
        var entry = _entries.FirstOrDefault(e => e.IsPerson && e.Name == mention.Name);
        if (entry is null && !mention.Name.Contains(' '))
        {
            entry = _entries.LastOrDefault(e => e.IsPerson && Surname(e.Name) == mention.Name);
            entry?.AddAlias(mention.Name);
        }

        entry ??= Add(mention.Name, isPerson: true);
        entry.Role ??= mention.Role;
        return _lastPerson = entry;
    }

    private Entry ResolveShortForm(SpeakerMention mention)
    {
        var entry = _entries.LastOrDefault(e => e.IsPerson && (Surname(e.Name) == mention.Name || e.Name == mention.Text));
        if (entry is null)
        {
            entry = Add(mention.Text, isPerson: true);
        }
        else
        {
            entry.AddAlias(mention.Text);
        }

        entry.Role ??= mention.Role;
        return _lastPerson = entry;
    }

    private Entry ResolveDescription(SpeakerMention mention)
    {
        if (mention.IsDefinite && mention.NamesPublication && !mention.HasOwner && _lastSource is not null)
        {
            _lastSource.AddAlias(mention.Text);
            return _lastSource;
        }

        var entry = _entries.LastOrDefault(e => !e.IsPerson && e.Name == mention.Name);
        if (entry is null)
        {
            entry = Add(mention.Name, isPerson: false);
            entry.Note = $"TODO: which {mention.Name}? The text says \"{mention.Text}\".";
        }
        else if (mention.Text != mention.Name)
        {
            entry.AddAlias(mention.Text);
        }

        return _lastSource = entry;
    }

    private Entry Add(string name, bool isPerson)
    {
        var entry = new Entry(ids.For(name, isPerson ? "person" : "source"), name, isPerson);
        _entries.Add(entry);
        return entry;
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private sealed class Entry(string id, string name, bool isPerson)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public bool IsPerson { get; } = isPerson;

        public string? Role { get; set; }

        public string? Note { get; set; }

        public List<string> Aliases { get; } = [];

        public void AddAlias(string alias)
        {
            if (alias != Name && !Aliases.Contains(alias))
            {
                Aliases.Add(alias);
            }
        }
    }
}
